import type { Token } from './tokenize';
import { tokenClasses } from './text-lexicon';
import type { VerbForm } from './word-tag-data';
import { infinitiveOf, lexiconTags, switchTags, tagParents } from './word-tags';

/**
 * Part-of-speech tags from compromise's lexicon and tag hierarchy (read as data, word-tags.ts), without its tagger:
 * a full parse costs about a millisecond a sentence, too much for every keystroke.
 * Words the lexicon does not know get tags from their endings; a word that can be a verb
 * is read as one right after "to", a modal or "did not".
 */
const verbContext = new Set(['simply', 'just', 'even', 'actually', 'definitely', 'certainly', 'surely', 'absolutely', 'never', 'always', 'also', 'really', 'probably', 'to', 'not', 'can', 'could', 'will', 'would', 'should', 'must', 'may', 'might', 'please', 'did', 'do', 'does', "don't", 'let']);

const tagCache = new Map<string, ReadonlySet<string>>();

function withParents(tag: string): string[] {
  return [tag, ...tagParents(tag)];
}

// Module constants rather than literals: a regular expression literal makes a new object each time it runs.
const digitStart = /^\d/;
const participleLike = /[a-z]ed$/;
const plainWord = /^[a-z]+$/;

/**
 * Tags guessed from the form of a word the lexicon does not know. They are shared rather than cached: one-off words
 * (order numbers, codes, names) would otherwise fill the cache and slow every look-up in it.
 */
const guessedTags = {
  value: new Set(withParents('Value')),
  count: new Set([...withParents('Value'), 'Count']),
  nth: new Set([...withParents('Value'), 'Nth']),
  timeCount: new Set([...withParents('Value'), 'TimeCount']),
  masked: new Set(['Masked']),
  emoticon: new Set(['Emoticon']),
  emoji: new Set(['Emoji']),
  adverb: new Set(withParents('Adverb')),
  gerund: new Set(withParents('Gerund')),
  pastTense: new Set(withParents('PastTense')),
  noun: new Set(withParents('Noun')),
};

/*
 * Product tags, for what compromise has no tag for (see docs/lexicons.md, "Token tags"): #Count (digits, a decimal
 * or a count word: "5", "4.5", "several"), #Nth (an ordinal from second on: "3rd", "umpteenth"), #TimeCount (a number run together
 * with a unit of time: "2hrs", "45min", "1.5hrs"), #Masked ("f***"), #Money ("$1,200", "rs 500"), #Code (a word with three
 * digits in a row: "48213", "CS-20931", the shape of an order or ticket number) and the word classes
 * ("#Workplace"). The words are data in lexicons/text/token-classes.json.
 */
const countWords = new Set(tokenClasses.counts);
const nthWords = new Set(tokenClasses.ordinals);
/** Each listed word's product tags: #Count, #Nth and the word classes it belongs to. */
const listedTags = new Map<string, string[]>();
const addListed = (word: string, tag: string) => listedTags.set(word, [...(listedTags.get(word) ?? []), tag]);
countWords.forEach((word) => addListed(word, 'Count'));
nthWords.forEach((word) => addListed(word, 'Nth'));
for (const [name, words] of Object.entries(tokenClasses.classes)) for (const word of words) addListed(word, name);
const timeUnits = new Set(tokenClasses.durationUnits);
const allDigits = /^\d+(?:\.\d+)?$/;
const digitsAndUnit = /^\d+(?:\.\d+)?(\p{L}+)$/u;
const nthDigits = /^\d+(?:st|nd|rd|th)$/;
const firstDigits = /^[01]\D/;
const emoticonStart = /^[:;=]/;
const codeDigits = /\d{3}/;
const pictographic = /^\p{Extended_Pictographic}/u;

/** The tag set of a word that starts with a digit. */
function digitTags(normal: string): ReadonlySet<string> {
  if (allDigits.test(normal)) return guessedTags.count;
  if (nthDigits.test(normal) && !firstDigits.test(normal)) return guessedTags.nth;
  const unit = digitsAndUnit.exec(normal)?.[1];
  return unit !== undefined && timeUnits.has(unit) ? guessedTags.timeCount : guessedTags.value;
}


/** Whether the word is in compromise's lexicon or in our word lists, rather than tagged from its form. */
export function isKnownWord(normal: string): boolean {
  return lexiconTags(normal) !== undefined || listedTags.has(normal);
}

function guessTags(normal: string): ReadonlySet<string> {
  if (digitStart.test(normal)) return digitTags(normal);
  if (normal.includes('*')) return guessedTags.masked;
  if (emoticonStart.test(normal)) return guessedTags.emoticon;
  if (pictographic.test(normal)) return guessedTags.emoji;
  if (normal.endsWith('ly')) return guessedTags.adverb;
  if (normal.endsWith('ing')) return guessedTags.gerund;
  if (normal.endsWith('ed')) return guessedTags.pastTense;
  return guessedTags.noun;
}

function lexicalTags(normal: string): ReadonlySet<string> {
  const cached = tagCache.get(normal);
  if (cached) return cached;
  const known = lexiconTags(normal);
  // A possessive ("bakery's") belongs to its noun's classes.
  const listed = listedTags.get(normal) ?? (normal.endsWith("'s") ? listedTags.get(normal.slice(0, -2)) : undefined);
  if (!known && !listed) return guessTags(normal);
  const tags = new Set<string>(listed);
  if (!known) guessTags(normal).forEach((t) => tags.add(t));
  for (const tag of known ?? []) for (const t of withParents(tag)) tags.add(t);
  // The lexicon lists many participles as adjectives only ("updated"); after a subject they are verbs.
  if (participleLike.test(normal) && !tags.has('PastTense') && tags.has('Adjective')) withParents('PastTense').forEach((t) => tags.add(t));
  if (tagCache.size > 20000) tagCache.clear();
  tagCache.set(normal, tags);
  return tags;
}

const neverVerbs = ['Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'Adverb', 'Value', 'Possessive', 'Copula', 'Modal', 'Auxiliary', 'Negative', 'QuestionWord'];

/** Whether the word can be read as a verb where the grammar wants one ("to select", "please check"). */
function canBeVerb(normal: string, tags: ReadonlySet<string>): boolean {
  if (tags.has('PastTense') || tags.has('Gerund')) return false;
  if (tags.has('Verb')) return true;
  if (switchTags(normal)?.includes('Verb')) return true;
  return plainWord.test(normal) && !neverVerbs.some((tag) => tags.has(tag));
}

const hashTag = withParents('HashTag');
/** A punctuation mark read as a token (a line's tokens): it is nothing else. */
const punctuationTags: ReadonlySet<string> = new Set(['Punctuation']);

const currencyWords = new Set(tokenClasses.classes.Currency);

/** A sum of money: a number after a currency sign ("$1,200") or beside a currency word ("rs 500", "40 quid"). */
function isMoney(tokens: readonly Token[], i: number, tags: ReadonlySet<string>): boolean {
  if (!tags.has('Value')) return false;
  const token = tokens[i]!;
  return token.currency || currencyWords.has(tokens[i - 1]?.normal ?? '') || (currencyWords.has(tokens[i + 1]?.normal ?? '') && !tokens[i + 1]!.clauseBreak);
}

/** Tags for each token, reading one word of context on each side. */
export function tagWords(tokens: readonly Token[]): ReadonlySet<string>[] {
  return tokens.map((token, i) => {
    if (token.punctuation) return punctuationTags;
    let tags = token.hashtag ? new Set([...lexicalTags(token.normal), ...hashTag]) : lexicalTags(token.normal);
    if (isMoney(tokens, i, tags)) tags = new Set([...tags, 'Money']);
    else if (codeDigits.test(token.normal)) tags = new Set([...tags, 'Code']);
    const previous = tokens[i - 1]?.normal;
    if (previous && verbContext.has(previous) && !tags.has('Infinitive') && canBeVerb(token.normal, tags)) {
      const contextual = new Set(tags);
      for (const t of withParents('Infinitive')) contextual.add(t);
      return contextual;
    }
    return tags;
  });
}

/** The infinitive of a verb form ("attached" → "attach"), for suggestions that reuse the customer's action. */
export function toInfinitive(word: string): string {
  const tags = lexicalTags(word.toLowerCase());
  const tense: VerbForm | '' = tags.has('PastTense') ? 'PastTense' : tags.has('Gerund') ? 'Gerund' : tags.has('PresentTense') && !tags.has('Infinitive') ? 'PresentTense' : '';
  if (!tense) return word;
  return infinitiveOf(word.toLowerCase(), tense) || word;
}
