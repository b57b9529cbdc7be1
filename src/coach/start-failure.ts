/**
 * An error that stopped the coach from starting, as kept for a bug report: what failed and in which build and browser.
 * Never a word of the page, the draft or the customer's message, nor the page's address: an error's message and
 * stack name Tactful's own code.
 */
export interface StartFailure {
  /** Milliseconds since the epoch. */
  at: number;
  /** The extension's version. */
  version: string;
  userAgent: string;
  name: string;
  message: string;
  stack: string | null;
}

/** How many failures are kept, newest first. */
export const keptStartFailures = 10;
/** Long enough for a stack trace through minified code, short enough that storage never fills. */
const stackLength = 4000;

export function describeStartFailure(error: unknown, context: Pick<StartFailure, 'at' | 'version' | 'userAgent'>): StartFailure {
  const isError = error instanceof Error;
  return {
    ...context,
    name: isError ? error.name : typeof error,
    message: isError ? error.message : String(error),
    stack: isError && error.stack ? error.stack.slice(0, stackLength) : null,
  };
}

export function addStartFailure(failures: readonly StartFailure[], failure: StartFailure): StartFailure[] {
  return [failure, ...failures].slice(0, keptStartFailures);
}

/** The kept failures as plain text, to attach to a bug report. */
export function startFailureReport(failures: readonly StartFailure[]): string {
  return failures
    .map((failure) =>
      [
        `${new Date(failure.at).toISOString()}  Tactful ${failure.version}`,
        `Browser: ${failure.userAgent}`,
        `${failure.name}: ${failure.message}`,
        ...(failure.stack ? [failure.stack] : []),
      ].join('\n'),
    )
    .join('\n\n') + '\n';
}
