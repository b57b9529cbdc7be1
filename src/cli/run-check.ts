import { analyzeCustomer, analyzeDraft } from '../analysis/index';
import type { AnalysisPolicy } from '../analysis/analysis-policy';
import { exitCode, hasErrorFinding } from './exit-code';
import { formatReport } from './format-report';
import { InputError } from './input-error';
import { loadPolicy } from './load-policy';
import { stdinSource, type CheckOptions } from './parse-args';
import { readInput } from './read-input';
import { runJsonl } from './run-jsonl';
import { createPaint, wantsColor } from './terminal-style';

/** `tactful check`: one draft to a report or JSON, or many drafts as JSON lines. Returns the exit code. */
export async function runCheck(options: CheckOptions): Promise<number> {
  // Waiting silently for a draft nobody is typing looks like a hang; "-" still reads a terminal on purpose.
  if (options.draftImplied && process.stdin.isTTY) {
    throw new InputError('no draft given: pass a FILE, or pipe the draft in (tactful check --help)');
  }
  const policy: AnalysisPolicy | undefined = options.policy === undefined ? undefined : await loadPolicy(options.policy);
  if (options.jsonl) return runJsonl(options.draft, policy);

  const customerText = options.customer === undefined ? undefined : await readInput(options.customer, 'customer');
  const draft = await readInput(options.draft, 'draft');
  const customer = customerText === undefined ? undefined : { text: customerText, analysis: analyzeCustomer(customerText) };
  const analysis = analyzeDraft(draft, { customer: customer?.analysis, policy });

  if (options.json) {
    process.stdout.write(JSON.stringify({ customer: customer?.analysis ?? null, draft: analysis }, null, 2) + '\n');
  } else {
    process.stdout.write(
      formatReport({
        draftName: options.draft === stdinSource ? '<stdin>' : options.draft,
        draft,
        analysis,
        customer,
        paint: createPaint(wantsColor(process.stdout, process.env)),
      }),
    );
  }
  return hasErrorFinding(analysis) ? exitCode.errorFinding : exitCode.ok;
}
