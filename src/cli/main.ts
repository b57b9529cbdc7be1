import packageJson from '../../package.json';
import { exitCode } from './exit-code';
import { InputError } from './input-error';
import { parseArgs } from './parse-args';

/**
 * Runs the command line (without `node` and the script) and returns the exit code. Bad input is one line on
 * stderr and exit code 2; anything else thrown is a bug and keeps its stack trace.
 */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    const command = parseArgs(argv);
    if (command.kind === 'help') {
      process.stdout.write(command.usage);
      return exitCode.ok;
    }
    if (command.kind === 'version') {
      process.stdout.write(`${packageJson.version}\n`);
      return exitCode.ok;
    }
    if (command.kind === 'policy-validate' || command.kind === 'policy-schema' || command.kind === 'policy-deploy') {
      const { runPolicy } = await import('./run-policy');
      return await runPolicy(command);
    }
    // Loaded only for a check: the engine compiles its rule packs as it loads, and --help or --version
    // should not wait for it.
    const { runCheck } = await import('./run-check');
    return await runCheck(command.options);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    process.stderr.write(`tactful: ${error.message}\n${error.usage ? `\n${error.usage}` : ''}`);
    return exitCode.badInput;
  }
}
