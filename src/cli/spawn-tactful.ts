import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface TactfulRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `bin/tactful.js` as users do, from the project root, feeding `input` to its stdin. */
export function spawnTactful(args: readonly string[], input = ''): Promise<TactfulRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/tactful.js', ...args], { cwd: projectRoot });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    // A command that does not read stdin (--help, a bad option) may exit first; its closed pipe is no failure.
    child.stdin.on('error', () => {});
    child.stdin.end(input);
  });
}
