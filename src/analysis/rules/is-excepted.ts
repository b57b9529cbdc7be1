import type { TaggedSentence } from '../text/tag-sentence';
import type { PatternMatch } from './match-pattern';
import { parsePattern } from './pattern';
import { PatternIndex } from './pattern-index';

/** A rule's exception patterns, indexed as rules are: a sentence lacking an exception's words is not matched against it. */
export function compileExceptions(sources: readonly string[]): PatternIndex<true> {
  const index = new PatternIndex<true>();
  for (const source of sources) index.add(parsePattern(source), true);
  return index;
}

/** Whether a match of any exception pattern, starting before the match ends, shares a word with it: a neutral use, not the risky one. */
export function isExcepted(exceptions: PatternIndex<true>, sentence: TaggedSentence, match: PatternMatch): boolean {
  return exceptions.findAll(sentence).some(({ match: exception }) => exception.start < match.end && exception.end > match.start);
}
