import type { ChecklistEvidence } from '../checklist/find-checklist-evidence';
import { parsePattern } from '../rules/pattern';
import { PatternIndex } from '../rules/pattern-index';
import type { TaggedSentence } from '../text/tag-sentence';
import type { Softening } from './softening-schema';

/** Where a sentence offers a way forward: evidence of the items the softening names, or one of its own patterns. */
export interface AlternativeMatcher {
  evidence: ReadonlySet<string>;
  patterns: PatternIndex<true>;
  turns: PatternIndex<true>;
}

/** A way forward in a sentence, offsets relative to it; `turn` when a contrast leads to it ("but what I can do is"). */
export interface Alternative {
  start: number;
  end: number;
  turn: boolean;
}

function indexOf(sources: readonly string[]): PatternIndex<true> {
  const index = new PatternIndex<true>();
  for (const source of sources) index.add(parsePattern(source), true);
  return index;
}

export function compileAlternatives(softening: Softening): AlternativeMatcher {
  return { evidence: new Set(softening.evidence), patterns: indexOf(softening.alternatives), turns: indexOf(softening.turns) };
}

/** The spans of a sentence that offer an alternative. */
export function findAlternatives(sentence: TaggedSentence, evidence: readonly ChecklistEvidence[], matcher: AlternativeMatcher): Alternative[] {
  const spans = (index: PatternIndex<true>, turn: boolean): Alternative[] =>
    index.findAll(sentence).map(({ match }) => ({ start: sentence.tokens[match.start]!.start, end: sentence.tokens[match.end - 1]!.end, turn }));
  return [
    ...evidence.filter((item) => matcher.evidence.has(item.id)).map(({ start, end }) => ({ start, end, turn: false })),
    ...spans(matcher.patterns, false),
    ...spans(matcher.turns, true),
  ];
}
