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
  const tokens = tokenize(text);
  return { tokens, tags: tagWords(tokens), words: new Set(tokens.map((token) => token.normal)) };
}
