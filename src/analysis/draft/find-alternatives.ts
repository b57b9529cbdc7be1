import type { ChecklistEvidence } from '../checklist/find-checklist-evidence';
import { parsePattern } from '../rules/pattern';
import { PatternIndex } from '../rules/pattern-index';
import type { TaggedSentence } from '../text/tag-sentence';
import type { Softening } from './softening-schema';

/** Where a sentence offers a way forward: evidence of the items the softening names, or one of its own patterns. */
export interface AlternativeMatcher {
  evidence: ReadonlySet<string>;
  patterns: PatternIndex<true>;
}

export function compileAlternatives(softening: Softening): AlternativeMatcher {
  const patterns = new PatternIndex<true>();
  for (const source of softening.alternatives) patterns.add(parsePattern(source), true);
  return { evidence: new Set(softening.evidence), patterns };
}

/** The spans of a sentence that offer an alternative, offsets relative to it. */
export function findAlternatives(sentence: TaggedSentence, evidence: readonly ChecklistEvidence[], matcher: AlternativeMatcher): Array<{ start: number; end: number }> {
  return [
    ...evidence.filter((item) => matcher.evidence.has(item.id)).map(({ start, end }) => ({ start, end })),
    ...matcher.patterns.findAll(sentence).map(({ match }) => ({ start: sentence.tokens[match.start]!.start, end: sentence.tokens[match.end - 1]!.end })),
  ];
}
