import type { Pattern, Step } from './pattern';
import { matchPatternAt, type PatternMatch, type TaggedSentence } from './match-pattern';

interface Entry<Payload> {
  pattern: Pattern;
  payload: Payload;
}

/**
 * Patterns indexed by the words or tags they can start with, so that each token is tried only
 * against the few patterns that could begin there: most words of a draft start none.
 */
export class PatternIndex<Payload> {
  private readonly byWord = new Map<string, Entry<Payload>[]>();
  private readonly byTag = new Map<string, Entry<Payload>[]>();
  private readonly anywhere: Entry<Payload>[] = [];

  add(pattern: Pattern, payload: Payload): void {
    const entry = { pattern, payload };
    const starts = startKeys(pattern.steps);
    if (starts === 'anything') {
      this.anywhere.push(entry);
      return;
    }
    for (const word of starts.words) pushTo(this.byWord, word, entry);
    for (const tag of starts.tags) pushTo(this.byTag, tag, entry);
  }

  /** Every match, in order of start; each pattern gives its longest match at each start. */
  findAll(sentence: TaggedSentence): { payload: Payload; match: PatternMatch }[] {
    const found: { payload: Payload; match: PatternMatch }[] = [];
    const tried = new Set<Entry<Payload>>();
    for (let i = 0; i < sentence.tokens.length; i++) {
      tried.clear();
      const tryEntry = (entry: Entry<Payload>): void => {
        if (tried.has(entry)) return;
        tried.add(entry);
        const match = matchPatternAt(entry.pattern, sentence, i);
        if (match) found.push({ payload: entry.payload, match });
      };
      this.byWord.get(sentence.tokens[i]!.normal)?.forEach(tryEntry);
      if (this.byTag.size > 0) for (const tag of sentence.tags[i] ?? []) this.byTag.get(tag)?.forEach(tryEntry);
      this.anywhere.forEach(tryEntry);
    }
    return found;
  }
}

function pushTo<Payload>(map: Map<string, Entry<Payload>[]>, key: string, entry: Entry<Payload>): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

type StartKeys = { words: Set<string>; tags: Set<string> } | 'anything';

/** The words and tags a match can start with; 'anything' when a wildcard or negation can start it. */
function startKeys(steps: readonly Step[]): StartKeys {
  const keys = { words: new Set<string>(), tags: new Set<string>() };
  for (const step of steps) {
    const atom = step.atom;
    if (atom.kind === 'sentence-start') continue;
    if (atom.kind === 'sentence-end' || atom.kind === 'any') return 'anything';
    if (atom.kind === 'word' || atom.kind === 'tag') {
      if (atom.negate) return 'anything';
      if (atom.kind === 'word') keys.words.add(atom.word);
      else keys.tags.add(atom.tag);
    } else {
      for (const option of atom.options) {
        const optionKeys = startKeys(option);
        if (optionKeys === 'anything') return 'anything';
        optionKeys.words.forEach((w) => keys.words.add(w));
        optionKeys.tags.forEach((t) => keys.tags.add(t));
      }
    }
    if (step.min > 0) return keys;
  }
  return 'anything';
}
