import type { ChecklistId } from '../types';
import { parsePattern } from '../rules/pattern';
import { PatternIndex } from '../rules/pattern-index';
import type { TaggedSentence } from '../text/tag-sentence';
import { compileExceptions, isExcepted } from '../rules/is-excepted';
import type { ChecklistLexicon } from './checklist-schema';
import { checklistNeeds } from './evaluate-checklist';

const formulaBeforeRefusal = new Set<ChecklistId>(checklistNeeds.formulaBeforeRefusal.items);

/** Where a sentence shows a playbook element, and the pattern that found it; offsets relative to the sentence. */
export interface ChecklistEvidence {
  id: ChecklistId;
  ruleId: string;
  start: number;
  end: number;
}

export interface SentenceChecklistEvidence {
  evidence: ChecklistEvidence[];
  /** The sentence says the agent cannot do what was asked. */
  inability: boolean;
}

export interface ChecklistMatcher {
  elements: PatternIndex<{ id: ChecklistId; ruleId: string; exceptions: PatternIndex<true> }>;
  inability: PatternIndex<true>;
}

export function compileChecklist(lexicon: ChecklistLexicon): ChecklistMatcher {
  const matcher: ChecklistMatcher = { elements: new PatternIndex(), inability: new PatternIndex() };
  for (const item of lexicon.items) {
    const exceptions = compileExceptions(item.exceptions ?? []);
    for (const { id, pattern } of item.patterns) matcher.elements.add(parsePattern(pattern), { id: item.id, ruleId: id, exceptions });
  }
  for (const source of lexicon.inability) matcher.inability.add(parsePattern(source), true);
  return matcher;
}

export function findChecklistEvidence(sentence: TaggedSentence, matcher: ChecklistMatcher): SentenceChecklistEvidence {
  const refusals = matcher.inability.findAll(sentence).map(({ match }) => match.start);
  const evidence: ChecklistEvidence[] = [];
  for (const { payload, match } of matcher.elements.findAll(sentence)) {
    if (isExcepted(payload.exceptions, sentence, match)) continue;
    if (formulaBeforeRefusal.has(payload.id) && refusals.some((start) => start >= match.end)) continue;
    evidence.push({ id: payload.id, ruleId: payload.ruleId, start: sentence.tokens[match.start]!.start, end: sentence.tokens[match.end - 1]!.end });
  }
  return { evidence, inability: refusals.length > 0 };
}
