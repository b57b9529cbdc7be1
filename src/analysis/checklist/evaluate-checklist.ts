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
  const overlapping = overlappingFindings(input.findings);
  const isDiscounted = (evidence: ChecklistEvidence): boolean => {
    const categories = checklistNeeds.discountedBy[evidence.id];
    return categories !== undefined && overlapping(evidence).some((finding) => categories.includes(finding.category));
  };
  return checklistIds.map((id) => {
    const item = input.lexicon.items.find((candidate) => candidate.id === id)!;
    if (input.policy?.checklist?.[id] === false) return { id, status: 'not-needed', hint: 'Turned off by your team policy.' };
    const shown = input.evidence.filter((evidence) => evidence.id === id && !isDiscounted(evidence));
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

/**
 * The findings that overlap a span, found by binary search over the findings sorted by start: a long draft has
 * hundreds of findings and of evidence spans, and comparing every pair cost milliseconds on each keystroke.
 */
function overlappingFindings(findings: readonly Finding[]): (span: { start: number; end: number }) => Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start);
  const longest = sorted.reduce((length, finding) => Math.max(length, finding.end - finding.start), 0);
  return ({ start, end }) => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (sorted[middle]!.start < end) low = middle + 1;
      else high = middle;
    }
    const found: Finding[] = [];
    // No finding that starts more than the longest finding's length before the span can reach into it.
    for (let index = low - 1; index >= 0 && sorted[index]!.start > start - longest; index--) {
      if (sorted[index]!.end > start) found.push(sorted[index]!);
    }
    return found;
  };
}
