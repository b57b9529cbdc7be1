import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { unexplainedWarnings, type LintMessage, type LintReport } from './lint-warnings';

export interface LintOutcome {
  report: LintReport;
  unexplained: LintMessage[];
}

/** `web-ext lint` on an unpacked Firefox package, offline (no check against the store's list of add-ons). */
export function lintFirefox(directory: string, root: string): LintOutcome {
  const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', directory, '--output', 'json', '--self-hosted=false', '--no-input'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  // It exits non-zero when it finds errors; the report on stdout says which.
  const start = run.stdout.indexOf('{');
  if (start === -1) throw new Error(`web-ext lint printed no report:\n${run.stdout}\n${run.stderr}`);
  const report = JSON.parse(run.stdout.slice(start)) as LintReport;
  return { report, unexplained: unexplainedWarnings(report, (file) => readFileSync(resolve(directory, file), 'utf8')) };
}

export function formatLintMessage(message: LintMessage): string {
  return `${message.code} ${message.file ?? ''}${message.line ? `:${message.line}:${message.column ?? 0}` : ''} ${message.message}`;
}
