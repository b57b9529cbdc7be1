import data from './word-tags.json';
import { onFirstUse } from '../on-first-use';
import { unpackWords } from './packed-words';
import type { SuffixModel, VerbForm, WordTagData } from './word-tag-data';

const wordTags = data as WordTagData;

interface Tables {
  lexicon: Map<string, readonly string[]>;
  switches: Map<string, string>;
}

/** Unpacked on first use: a page where the agent never writes pays for nothing but the packed strings. */
const tables = onFirstUse((): Tables => {
  const lexicon = new Map<string, readonly string[]>();
  for (const [tags, packed] of Object.entries(wordTags.lexicon)) {
    const list = tags.split('+');
    for (const word of unpackWords(packed)) lexicon.set(word, list);
  }
  const switches = new Map<string, string>();
  for (const [tags, packed] of Object.entries(wordTags.switches)) for (const word of unpackWords(packed)) switches.set(word, tags);
  return { lexicon, switches };
});

/** The tags compromise's lexicon gives the word, without their parents; undefined for a word it does not know. */
export function lexiconTags(word: string): readonly string[] | undefined {
  return tables().lexicon.get(word);
}

/** The tags a word switches between by context ("Noun|Verb"), or undefined. */
export function switchTags(word: string): string | undefined {
  return tables().switches.get(word);
}

const noParents: readonly string[] = [];

/** A tag's parents in compromise's tag hierarchy, nearest first. */
export function tagParents(tag: string): readonly string[] {
  return Object.hasOwn(wordTags.parents, tag) ? wordTags.parents[tag]! : noParents;
}

const copulas: Readonly<Record<string, string>> = { are: 'be', were: 'be', been: 'be', is: 'be', am: 'be', was: 'be', be: 'be', being: 'be' };

/**
 * suffix-thumb's `convert`, which compromise applies to its models: an exception, else the longest known ending,
 * else the fallback; an empty result at any step counts as none, as there.
 */
function convert(word: string, model: SuffixModel): string {
  const exception = Object.hasOwn(model.ex, word) ? model.ex[word] : undefined;
  if (exception) return exception;
  for (let i = word.length - 1; i >= 1; i--) {
    const stem = word.length - i;
    const ending = word.slice(stem);
    const rule = Object.hasOwn(model.fwd, ending) ? model.fwd[ending] : Object.hasOwn(model.both, ending) ? model.both[ending] : undefined;
    if (rule !== undefined) return word.slice(0, stem) + rule || word;
  }
  const fallback = Object.hasOwn(model.fwd, '') ? model.fwd[''] : Object.hasOwn(model.both, '') ? model.both[''] : undefined;
  return fallback !== undefined ? word + fallback : word;
}

/** The infinitive of one word in a verb form, as compromise's `toInfinitive` gives it ("attached" → "attach"). */
export function infinitiveOf(word: string, form: VerbForm): string {
  return Object.hasOwn(copulas, word) ? copulas[word]! : convert(word, wordTags.infinitive[form]);
}
