import { parsePattern } from '../rules/pattern';
import { PatternIndex } from '../rules/pattern-index';
import type { TaggedSentence } from '../text/tag-sentence';
import { tagWords } from '../text/tag-words';
import { tokenize, type Token } from '../text/tokenize';

/**
 * The customer's words as every customer check reads them: the shared tokens of the whole message, and its
 * sentences (split at the tokens' sentence breaks) tagged for the shared pattern matcher.
 */
export interface CustomerText {
  tokens: readonly Token[];
  sentences: readonly { first: number; sentence: TaggedSentence }[];
}

/** A pattern match, as token indices into the whole message, end exclusive. */
export interface CustomerMatch<T> {
  payload: T;
  first: number;
  end: number;
  /** Where its pattern was listed: of two matches alike, the one listed first wins. */
  order: number;
}

/** Patterns compiled by `compilePatterns`, each with its place in the list. */
export type CustomerPatterns<T> = PatternIndex<{ payload: T; order: number }>;

/** Reads text in which what must not be read (quoted history, links) is already blanked out. */
export function readCustomerText(visible: string): CustomerText {
  const tokens = tokenize(visible, { partWords: true, symbols: true });
  const sentences: { first: number; sentence: TaggedSentence }[] = [];
  let first = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i < tokens.length && !tokens[i]!.sentenceBreak) continue;
    const slice = tokens.slice(first, i);
    sentences.push({ first, sentence: { tokens: slice, tags: tagWords(slice), words: new Set(slice.map((token) => token.normal)) } });
    first = i;
  }
  return { tokens, sentences };
}

/** Patterns (the shared syntax of docs/lexicons.md) with what each stands for, indexed for `findMatches`. */
export function compilePatterns<T>(entries: Iterable<[pattern: string, payload: T]>): CustomerPatterns<T> {
  const index: CustomerPatterns<T> = new PatternIndex();
  let order = 0;
  for (const [source, payload] of entries) index.add(parsePattern(source), { payload, order: order++ });
  return index;
}

/** Every match in the message, sentence by sentence; each pattern gives its longest match at each start. */
export function findMatches<T>(index: CustomerPatterns<T>, text: CustomerText): CustomerMatch<T>[] {
  const found: CustomerMatch<T>[] = [];
  for (const { first, sentence } of text.sentences) {
    for (const { payload, match } of index.findAll(sentence)) {
      found.push({ payload: payload.payload, order: payload.order, first: first + match.start, end: first + match.end });
    }
  }
  return found;
}

/** For each token index, the longest match that starts there (the first listed among equals). */
export function longestMatchAt<T>(index: CustomerPatterns<T>, text: CustomerText): Map<number, CustomerMatch<T>> {
  const longest = new Map<number, CustomerMatch<T>>();
  for (const match of findMatches(index, text)) {
    const best = longest.get(match.first);
    if (!best || match.end > best.end || (match.end === best.end && match.order < best.order)) longest.set(match.first, match);
  }
  return longest;
}

/** Words as written: a split contraction ("didn't") counts once. */
export function writtenWordCount(tokens: readonly Token[]): number {
  let count = 0;
  for (const token of tokens) if (!token.joined) count++;
  return count;
}
