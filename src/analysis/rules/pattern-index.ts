import type { Pattern, Step } from './pattern';
import type { TaggedSentence } from '../text/tag-sentence';
import { matchPatternAt, type PatternMatch } from './match-pattern';

interface Entry<Payload> {
  pattern: Pattern;
  payload: Payload;
  /**
   * Every match contains a word of each of these sets: a sentence lacking one is skipped without matching.
   * The anchor's set is left out, as a sentence that finds the entry has it; the smallest set comes first, the quickest to check.
   */
  required: ReadonlySet<string>[];
  /** The words and tags a match can start with, or 'anything'. */
  starts: StartKeys;
}

/** Words too common to pick a pattern out by: a pattern is looked up by a rarer word it needs. */
const commonWords = new Set(['i', 'we', 'you', 'it', 'that', 'this', 'is', 'are', 'was', 'be', 'the', 'a', 'an', 'to', 'of', 'and', 'or', 'not', 'have', 'has', 'will', 'would', 'can', 'do', 'in', 'on', 'for', 'am', 'your', 'our', 'my', 'so', 'if']);

/**
 * Patterns indexed by a word they cannot match without, picked to be rare: a sentence is tried only
 * against the few patterns whose required words it has, and each only where its first word or tag is.
 */
export class PatternIndex<Payload> {
  private readonly byAnchor = new Map<string, Entry<Payload>[]>();
  private readonly unanchored: Entry<Payload>[] = [];

  add(pattern: Pattern, payload: Payload): void {
    const { anchor, others, starts } = keysOf(pattern);
    const entry: Entry<Payload> = { pattern, payload, required: others, starts };
    if (!anchor) {
      this.unanchored.push(entry);
      return;
    }
    for (const word of anchor) {
      const list = this.byAnchor.get(word);
      if (list) list.push(entry);
      else this.byAnchor.set(word, [entry]);
    }
  }

  /** Every match, in order of start; each pattern gives its longest match at each start. */
  findAll(sentence: TaggedSentence): { payload: Payload; match: PatternMatch }[] {
    // Most rules have no exceptions and most policies no vocabulary: their indexes are empty.
    if (this.byAnchor.size === 0 && this.unanchored.length === 0) return [];
    const words = sentence.words;
    const candidates = new Set<Entry<Payload>>(this.unanchored);
    for (const word of words) {
      const entries = this.byAnchor.get(word);
      if (entries) for (const entry of entries) candidates.add(entry);
    }
    const found: { payload: Payload; match: PatternMatch }[] = [];
    for (const entry of candidates) {
      if (!entry.required.every((set) => hasAny(words, set))) continue;
      for (let i = 0; i < sentence.tokens.length; i++) {
        if (!canStartAt(entry.starts, sentence, i)) continue;
        const match = matchPatternAt(entry.pattern, sentence, i);
        if (match) found.push({ payload: entry.payload, match });
      }
    }
    return found.sort((a, b) => a.match.start - b.match.start);
  }
}

interface PatternKeys {
  anchor: ReadonlySet<string> | undefined;
  others: ReadonlySet<string>[];
  starts: StartKeys;
}

/** Worked out once a pattern: each policy's rule set indexes the same built-in patterns again. */
const keysByPattern = new WeakMap<Pattern, PatternKeys>();

function keysOf(pattern: Pattern): PatternKeys {
  const known = keysByPattern.get(pattern);
  if (known) return known;
  const required = requiredWords(pattern.steps);
  const anchor = [...required].sort((a, b) => rarity(a) - rarity(b))[0];
  const others = required.filter((set) => set !== anchor).sort((a, b) => a.size - b.size);
  const keys = { anchor, others, starts: startKeys(pattern.steps) };
  keysByPattern.set(pattern, keys);
  return keys;
}

/** Lower is rarer: a set with common words, or many words, finds more sentences. */
function rarity(set: ReadonlySet<string>): number {
  let common = 0;
  for (const word of set) if (commonWords.has(word)) common++;
  return common * 100 + set.size;
}

function hasAny(words: ReadonlySet<string>, set: ReadonlySet<string>): boolean {
  // Walk the smaller set: a required set can list dozens of words, a sentence has a dozen.
  if (set.size > words.size) return hasAny(set, words);
  for (const word of set) if (words.has(word)) return true;
  return false;
}

/** For each step a match cannot skip, the words one of which it must contain there. */
function requiredWords(steps: readonly Step[]): ReadonlySet<string>[] {
  const required: ReadonlySet<string>[] = [];
  for (const step of steps) {
    if (step.min === 0) continue;
    const words = firstWords([step]);
    if (words) required.push(words);
  }
  return required;
}

/** The words a match of the steps must start with, or null when it can start with anything else. */
function firstWords(steps: readonly Step[]): Set<string> | null {
  const step = steps[0];
  if (!step || step.min === 0) return null;
  const atom = step.atom;
  if (atom.kind === 'word') return atom.negate ? null : new Set([atom.word]);
  if (atom.kind === 'words') return atom.negate ? null : new Set(atom.words);
  if (atom.kind !== 'alternatives') return null;
  const union = new Set<string>();
  for (const option of atom.options) {
    const words = firstWords(option);
    if (!words) return null;
    words.forEach((word) => union.add(word));
  }
  return union;
}

type StartKeys = { words: Set<string>; tags: Set<string> } | 'anything';

function canStartAt(starts: StartKeys, sentence: TaggedSentence, index: number): boolean {
  if (starts === 'anything') return true;
  if (starts.words.has(sentence.tokens[index]!.normal)) return true;
  const tags = sentence.tags[index];
  if (!tags) return false;
  for (const tag of starts.tags) if (tags.has(tag)) return true;
  return false;
}

/** The words and tags a match can start with; 'anything' when a wildcard or negation can start it. */
function startKeys(steps: readonly Step[]): StartKeys {
  const keys = { words: new Set<string>(), tags: new Set<string>() };
  for (const step of steps) {
    const atom = step.atom;
    if (atom.kind === 'sentence-start') continue;
    if (atom.kind === 'sentence-end' || atom.kind === 'any') return 'anything';
    if (atom.kind === 'word' || atom.kind === 'tag' || atom.kind === 'words') {
      if (atom.negate) return 'anything';
      if (atom.kind === 'word') keys.words.add(atom.word);
      else if (atom.kind === 'words') atom.words.forEach((w) => keys.words.add(w));
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

/** The words every match of the pattern starts with, or undefined when a tag or any word can start one. */
export function startWords(pattern: Pattern): ReadonlySet<string> | undefined {
  const { starts } = keysOf(pattern);
  return starts === 'anything' || starts.tags.size > 0 ? undefined : starts.words;
}
