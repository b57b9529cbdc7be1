/** One message of `web-ext lint --output json`. */
export interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

export interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

/**
 * The warnings the Firefox package is known to raise, each with the code it must point at and why it is harmless.
 * A warning is explained only when the bundled code at its place matches, so a new `eval` or `innerHTML` elsewhere
 * fails the release. CHANGELOG.md repeats these for the reviewers.
 */
export const explainedWarnings = [
  {
    code: 'DANGEROUS_EVAL',
    near: /try\{return Function\(``\),!0\}catch\{return!1\}/,
    reason:
      "zod (the policy validation) tests once, inside try/catch, whether `Function` is available; where it is, it compiles its object validators from Tactful's own fixed schemas, never from a page's, an agent's or a policy file's text, and where the content security policy blocks it (the extension's pages) it validates without compiling. No remote or user-supplied code is ever run.",
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    near: /\(e\.innerHTML=d\.__html\)/,
    reason: "Preact's support for `dangerouslySetInnerHTML`, which no Tactful component uses: every text is rendered as text nodes.",
  },
] as const;

/** The code around a message's place (the bundles are minified into long lines). */
export function codeAt(source: string, message: LintMessage, radius = 80): string {
  const line = source.split('\n')[(message.line ?? 1) - 1] ?? '';
  const column = message.column ?? 0;
  return line.slice(Math.max(0, column - radius), column + radius);
}

/** The warnings no entry of `explainedWarnings` accounts for; `readSource` gives a packaged file's text. */
export function unexplainedWarnings(report: LintReport, readSource: (file: string) => string): LintMessage[] {
  return report.warnings.filter((warning) => {
    const code = warning.file ? codeAt(readSource(warning.file), warning) : '';
    return !explainedWarnings.some((explained) => explained.code === warning.code && explained.near.test(code));
  });
}
