import checklistNeedsData from '../../../lexicons/playbook/checklist-needs.json';
import type { AnalysisPolicy } from '../analysis-policy';
import type { ChecklistId, ChecklistItem, CustomerAnalysis, Finding } from '../types';
import type { ChecklistEvidence } from './find-checklist-evidence';
import type { ChecklistLexicon } from './checklist-schema';
import { checklistIds } from './checklist-ids';
import type { ChecklistNeeds } from './checklist-needs-schema';

/** What the playbook says each customer needs, and what discounts the evidence for an item. */
export const checklistNeeds = checklistNeedsData as ChecklistNeeds;

export interface ChecklistInput {
  evidence: readonly ChecklistEvidence[];
  findings: readonly Finding[];
  /** Some sentence says the agent cannot do what was asked. */
  inability: boolean;
  customer: CustomerAnalysis | undefined;
  policy: AnalysisPolicy | undefined;
  lexicon: ChecklistLexicon;
}

export function evaluateChecklist(input: ChecklistInput): ChecklistItem[] {
  const needed = neededItems(input.customer, input.evidence.some((item) => item.id === 'solution'), input.inability);
  return checklistIds.map((id) => {
    const item = input.lexicon.items.find((candidate) => candidate.id === id)!;
    if (input.policy?.checklist?.[id] === false) return { id, status: 'not-needed', hint: 'Turned off by your team policy.' };
    const shown = input.evidence.filter((evidence) => evidence.id === id && !isDiscounted(evidence, input.findings));
    if (shown.length > 0) return { id, status: 'met', hint: `${item.title}: done.`, evidence: shown.map(({ ruleId, start, end }) => ({ ruleId, start, end })) };
    if (needed.has(id)) return { id, status: 'missing', hint: item.missingHint };
    return { id, status: 'not-needed', hint: item.notNeededHint };
  });
}

/** The items a reply to this customer needs; `solved` and `inability` tell whether the reply offers a solution or says it cannot help. */
export function neededItems(customer: CustomerAnalysis | undefined, solved: boolean, inability: boolean): Set<ChecklistId> {
  const mood = customer?.mood ?? checklistNeeds.moodWhenUnknown;
  const needed = new Set<ChecklistId>(checklistNeeds.byMood[mood]);
  const kinds = new Set(customer?.signals.map((signal) => signal.kind));
  for (const situation of checklistNeeds.situations) {
    if (situation.moods && !situation.moods.includes(mood)) continue;
    if (situation.signals && !situation.signals.some((kind) => kinds.has(kind))) continue;
    if (situation.unsolved && solved && !inability) continue;
    for (const id of situation.needs) needed.add(id);
  }
  return needed;
}

function isDiscounted(evidence: ChecklistEvidence, findings: readonly Finding[]): boolean {
  const categories = checklistNeeds.discountedBy[evidence.id];
  if (!categories) return false;
  return findings.some((finding) => categories.includes(finding.category) && finding.start < evidence.end && evidence.start < finding.end);
}
