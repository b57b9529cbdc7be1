/**
 * A problem with what the user gave tactful (arguments, files, policy, stdin): reported as one line on
 * stderr with exit code 2, never as a stack trace. `usage` is appended when the user needs to see the syntax.
 */
export class InputError extends Error {
  constructor(
    message: string,
    readonly usage?: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}
