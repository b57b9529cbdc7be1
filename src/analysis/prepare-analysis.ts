import type { AnalysisPolicy } from './analysis-policy';
import { compileChecklist } from './checklist/find-checklist-evidence';
import { analyzerFor } from './index';
import { madeOnFirstUse } from './on-first-use';
import { builtInRulePacks, checklistLexicon } from './rule-packs';
import { compileRules } from './rules/compile-rules';

/**
 * Does what the first analysis would do at once, in short steps with `pause` between them, so a page never
 * freezes while the engine gets ready: the word tables and the customer lexicons' patterns, each rule pack's
 * patterns (parsed and indexed once, whatever the policy), the checklist's, then the policy's rule set.
 */
export async function prepareAnalysis(policy: AnalysisPolicy | undefined, pause: () => Promise<void>): Promise<void> {
  for (const make of madeOnFirstUse) {
    make();
    await pause();
  }
  for (const pack of builtInRulePacks) {
    compileRules([pack]);
    await pause();
  }
  compileChecklist(checklistLexicon);
  await pause();
  analyzerFor(policy);
}
