import { tokenize, type Token } from './tokenize';
import { tagWords } from './tag-words';

/** A sentence as the pattern matchers read it. */
export interface TaggedSentence {
  tokens: readonly Token[];
  tags: readonly ReadonlySet<string>[];
  /** The normal forms of its tokens: made once, for the look-ups of every pattern index. */
  words: ReadonlySet<string>;
}

export function tagSentence(text: string): TaggedSentence {
  return tagged(tokenize(text));
}

/** A line as line patterns read it: its punctuation marks are tokens too. */
export function tagLine(text: string): TaggedSentence {
  return tagged(tokenize(text, { punctuation: true }));
}

function tagged(tokens: readonly Token[]): TaggedSentence {
  return { tokens, tags: tagWords(tokens), words: new Set(tokens.map((token) => token.normal)) };
}
