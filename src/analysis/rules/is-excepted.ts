import type { Pattern } from './pattern';
import { matchPatternAt, type PatternMatch, type TaggedSentence } from './match-pattern';

/** Whether a match of any exception pattern shares a word with the match: a neutral use, not the risky one. */
export function isExcepted(exceptions: readonly Pattern[], sentence: TaggedSentence, match: PatternMatch): boolean {
  return exceptions.some((exception) => {
    for (let i = 0; i < match.end; i++) {
      const found = matchPatternAt(exception, sentence, i);
      if (found && found.end > match.start) return true;
    }
    return false;
  });
}
