import type { AnalysisPolicy } from '../analysis-policy';
import type { ChecklistId, ChecklistItem, CustomerAnalysis, Finding, Mood } from '../types';
import type { ChecklistEvidence } from './find-checklist-evidence';
import type { ChecklistLexicon } from './checklist-schema';
import { checklistIds } from './checklist-ids';


/** What each mood calls for, from the playbook: the more upset, the more the reply must carry. */
const neededByMood: Readonly<Record<Mood, readonly ChecklistId[]>> = {
  calm: ['solution'],
  concerned: ['empathy', 'solution', 'follow-up'],
  frustrated: ['empathy', 'apology', 'ownership', 'solution', 'next-steps', 'follow-up'],
  angry: ['empathy', 'apology', 'ownership', 'solution', 'next-steps', 'follow-up'],
};

/** Evidence that a finding overlaps does not count: "sorry if you feel" is no apology, "I guarantee" no next step. */
const discountedBy: Partial<Record<ChecklistId, ReadonlyArray<Finding['category']>>> = {
  apology: ['insincere-apology'],
  empathy: ['dismissive', 'insincere-apology'],
  'next-steps': ['overpromise'],
  ownership: ['defensive'],
};

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
  const needed = neededItems(input);
  return checklistIds.map((id) => {
    const item = input.lexicon.items.find((candidate) => candidate.id === id)!;
    if (input.policy?.checklist?.[id] === false) return { id, status: 'not-needed', hint: 'Turned off by your team policy.' };
    const shown = input.evidence.find((evidence) => evidence.id === id && !isDiscounted(evidence, input.findings));
    if (shown) return { id, status: 'met', hint: `${item.title}: done.` };
    if (needed.has(id)) return { id, status: 'missing', hint: item.missingHint };
    return { id, status: 'not-needed', hint: item.notNeededHint };
  });
}

function neededItems({ customer, evidence, inability }: ChecklistInput): Set<ChecklistId> {
  const mood = customer?.mood ?? 'concerned';
  const needed = new Set<ChecklistId>(neededByMood[mood]);
  const kinds = new Set(customer?.signals.map((signal) => signal.kind));
  if (kinds.has('repeat-contact')) {
    needed.add('ownership');
    needed.add('next-steps');
  }
  const threatens = kinds.has('churn-risk') || kinds.has('legal-threat') || kinds.has('public-threat');
  if (threatens && mood !== 'calm') {
    needed.add('empathy');
    needed.add('apology');
    needed.add('next-steps');
  }
  const solved = evidence.some((item) => item.id === 'solution');
  const upset = mood === 'angry' || (mood === 'frustrated' && threatens);
  if (kinds.has('legal-threat') || (upset && (inability || !solved))) needed.add('escalation');
  return needed;
}

function isDiscounted(evidence: ChecklistEvidence, findings: readonly Finding[]): boolean {
  const categories = discountedBy[evidence.id];
  if (!categories) return false;
  return findings.some((finding) => categories.includes(finding.category) && finding.start < evidence.end && evidence.start < finding.end);
}
