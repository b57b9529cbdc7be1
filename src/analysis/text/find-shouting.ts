import { findQuotedSpans } from './find-quoted-spans';
import type { TaggedSentence } from './tag-sentence';
import { isKnownWord } from './tag-words';
import { shoutingLexicon } from './text-lexicon';
import type { Token } from './tokenize';

/*
 * Shouting, one check for the agent's draft and the customer's message: what is never shouting (acronyms, codes,
 * labels, names, quoted text, warmth) is the same on both sides and read from `lexicons/text/shouting.json`; how loud
 * is loud is each side's own, passed as options.
 */

export interface CapitalsOptions {
  /** Capitalised words in a row (acronyms aside) that shout together. */
  minWords: number;
  /** A capitalised word this long shouts on its own. */
  minLettersAlone: number;
  /**
   * A capitalised past-tense verb the word lexicon knows shouts on its own from this many letters, but after a
   * preposition: what was done, insisted on ("I was LIED to"). Unset, a short word shouts alone only if it is an emphasis word.
   */
  minLettersKnownAlone?: number;
}

export interface MarkRunOptions {
  /** A run of ! and ? this long shouts; "?!" mixed always does. */
  minRun: number;
  /** After a word of thanks or praise in its sentence, a run of "!" up to this long is warmth ("Thanks so much!!"). */
  enthusiasmMaxRun: number;
}

export interface Shout {
  start: number;
  end: number;
}

export interface ShoutedCapitals extends Shout {
  /** Acronyms inside the run ("PLEASE SEND THE PDF NOW"): a fix keeps them in capitals. */
  acronyms: Shout[];
}

/** A word as written: a split contraction ("DON'T") is one word here, as a reader counts it. */
interface Word {
  text: string;
  /** Lower case, straight apostrophes ("don't"). */
  lower: string;
  /** Without an ending after an apostrophe ("pdf's" is "pdf"): the key of the acronym list. */
  key: string;
  start: number;
  end: number;
  /** Its first and last token. */
  first: number;
  last: number;
  sentenceBreak: boolean;
}

const acronyms = new Set(shoutingLexicon.acronyms);
const emphasisWords = new Set(shoutingLexicon.emphasisWords);
const labelCues = new Set(shoutingLexicon.labelCues);
const nameCues = new Set(shoutingLexicon.nameCues);
const enthusiasmWords = new Set(shoutingLexicon.enthusiasmWords);
const regionCodes = new Set(shoutingLexicon.regionCodes);

/**
 * A handle's "@", an underscore, a digit, a path or a "#" inside the written word ("ORDER#12"): it names something.
 * A hashtag ("#NOANSWER") is the writer's own voice.
 */
const identifierMark = /[@_\d\\/]|(?<=[\p{L}\p{N}])#/u;
/** Parts joined by . & : ("U.S", "AT&T", "ERR:TIMEOUT"): a code or a name. */
const innerJoiner = /[\p{L}\p{N}][.&:][\p{L}\p{N}]/u;
/** Parts joined by hyphens: a code when one part is a letter or an acronym ("USB-C", "WI-FI", "E-MAIL"), words otherwise ("NON-PAYMENT"). */
const hyphened = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu;
const whitespace = /\s/;
const letter = /\p{L}/u;
const apostropheEnding = /'.*$/;
/** A step of a menu path ("Settings > Help > I STILL NEED HELP") is a label on screen. */
const menuStep = /(?:>|&gt;|→|»)[^\p{Ll}>]*$/u;
/** Before a lone word, a quotation mark or a bracket: a label on screen, or a placeholder ("[NAME]"). */
const openingQuote = /["“'‘[]/;
/** Quoted text no longer than this, on one line, is someone else's words: a label, an error message. */
const maxQuoted = 82;
const markRun = /[!?]{2,}/g;

/** Runs of capitalised words that shout, as spans of `text`; `words` are its tokens (all, or one sentence's) and their tags. */
export function findCapitals(text: string, words: Pick<TaggedSentence, 'tokens' | 'tags'>, options: CapitalsOptions): ShoutedCapitals[] {
  const { tokens, tags } = words;
  const shouts: ShoutedCapitals[] = [];
  // Most text has no word in capitals: nothing to look up.
  if (!tokens.some((token) => token.upperCase)) return shouts;
  const quoted = findQuotedSpans(text).filter(([start, end]) => end - start <= maxQuoted && !text.slice(start, end).includes('\n'));
  const voice = (word: Word) => isUpperCase(word.text) && !isIdentifier(text, word) && !quoted.some(([from, to]) => from < word.start && word.end < to);
  const counts = (word: Word) => letterCount(word.text) >= 2 && !acronyms.has(word.key);

  let run: Word[] = [];
  const flush = () => {
    const counted = run.filter(counts);
    const inRun = run;
    run = [];
    if (counted.length === 0) return;
    const first = counted[0]!;
    const last = counted[counted.length - 1]!;
    const alone = counted.length === 1;
    if (counted.every((word) => isUnlistedAcronym(word, tokens))) return;
    if (alone && isRegionCode(tokens, first)) return;
    const emphasis = counted.some((word) => emphasisWords.has(word.lower));
    const loud =
      counted.length >= options.minWords ||
      emphasis ||
      counted.some((word) => letterCount(word.text) >= options.minLettersAlone) ||
      (alone && stressedWord(first, tokens, tags, options));
    if (!loud || isLabel(text, tokens, first, alone)) return;
    if (alone && !emphasis && isName(tokens, tags, first)) return;
    const acronymsIn = inRun.filter((word) => word.start > first.start && word.end < last.end && acronyms.has(word.key));
    shouts.push({ start: first.start, end: last.end, acronyms: acronymsIn.map(({ start, end }) => ({ start, end })) });
  };
  for (const word of writtenWords(tokens)) {
    if (word.sentenceBreak && run.length > 0) flush();
    if (voice(word)) run.push(word);
    // Numbers and emoji inside a run of capitals belong to it ("CALLED 5 TIMES").
    else if (run.length > 0 && !letter.test(word.text)) run.push(word);
    else if (run.length > 0) flush();
  }
  if (run.length > 0) flush();
  return shouts;
}

/** Runs of ! and ? that shout, as spans of `text`; `tokens` are its tokens, to tell warmth ("Thanks so much!!") from raised voice. */
export function findMarkRuns(text: string, tokens: readonly Token[], options: MarkRunOptions): Shout[] {
  // Most text has no run of marks: a search is cheaper than collecting no matches.
  if (text.search(markRun) === -1) return [];
  const shouts: Shout[] = [];
  for (const match of text.matchAll(markRun)) {
    const marks = match[0];
    const mixed = marks.includes('!') && marks.includes('?');
    if (!mixed && marks.length < options.minRun) continue;
    if (!marks.includes('?') && marks.length <= options.enthusiasmMaxRun && isEnthusiastic(tokens, match.index)) continue;
    shouts.push({ start: match.index, end: match.index + marks.length });
  }
  return shouts;
}

/** Whether a word of thanks or praise comes before `index` in its sentence. */
function isEnthusiastic(tokens: readonly Token[], index: number): boolean {
  let i = tokens.length - 1;
  while (i >= 0 && tokens[i]!.end > index) i--;
  for (; i >= 0; i--) {
    if (enthusiasmWords.has(tokens[i]!.normal)) return true;
    if (tokens[i]!.sentenceBreak) return false;
  }
  return false;
}

function writtenWords(tokens: readonly Token[]): Word[] {
  const words: Word[] = [];
  tokens.forEach((token, i) => {
    const previous = words[words.length - 1];
    if (token.joined && previous) {
      previous.text += token.text;
      previous.lower = previous.text.toLowerCase().replaceAll('’', "'");
      previous.end = token.end;
      previous.last = i;
    } else {
      const lower = token.text.toLowerCase().replaceAll('’', "'");
      words.push({ text: token.text, lower, key: lower.replace(apostropheEnding, ''), start: token.start, end: token.end, first: i, last: i, sentenceBreak: token.sentenceBreak });
    }
  });
  return words;
}

/** A short word in capitals that no word list knows is an acronym, listed or not ("BCBS PPO"); a contraction ("WON'T") is words. */
function isUnlistedAcronym(word: Word, tokens: readonly Token[]): boolean {
  return letterCount(word.text) <= shoutingLexicon.unlistedAcronymMaxLetters && word.first === word.last && !isKnownWord(word.key) && !isKnownWord(tokens[word.first]!.normal);
}

/** A known past-tense verb stressed alone, long enough at this side's loudness. */
function stressedWord(word: Word, tokens: readonly Token[], tags: TaggedSentence['tags'], options: CapitalsOptions): boolean {
  const { minLettersKnownAlone } = options;
  if (minLettersKnownAlone === undefined || letterCount(word.text) < minLettersKnownAlone) return false;
  // What was done, insisted on ("I was LIED to", "they GOT paid"). After a preposition it is a place's code ("in LIT", "to LIT").
  const wordTags = tags[word.first]!;
  const afterPreposition = tags[word.first - 1]?.has('Preposition') === true || tokens[word.first - 1]?.normal === 'to';
  return wordTags.has('PastTense') && isKnownWord(word.key) && !wordTags.has('ProperNoun') && !afterPreposition;
}

/** The code of a state or province right after a place name, a comma between or not ("Portland OR", "Salem, OR"): an address. */
function isRegionCode(tokens: readonly Token[], word: Word): boolean {
  const place = tokens[word.first - 1];
  return regionCodes.has(word.lower) && place !== undefined && place.titleCase && !place.upperCase && !tokens[word.first]!.sentenceBreak;
}

/** A label: a step of a menu path, a heading ("NOTE:"), or a lone word after a cue ("tap ACTIVATE"), an opening quote or "[". */
function isLabel(text: string, tokens: readonly Token[], word: Word, alone: boolean): boolean {
  // The path is on the line before the word; its steps may end in ";" ("Help &gt; I STILL NEED HELP"), a sentence end.
  if (menuStep.test(text.slice(text.lastIndexOf('\n', word.start) + 1, word.start))) return true;
  if (!alone) return false;
  // A word and a colon opening a sentence is a heading ("EDIT:", "NOTE:").
  if (text[word.end] === ':' && (word.first === 0 || tokens[word.first]!.sentenceBreak)) return true;
  return labelCues.has(tokens[word.first - 1]?.normal ?? '') || openingQuote.test(text[word.start - 1] ?? '');
}

/** A lone noun in capitals after a cue ("by CHAPS", "in CAPS") or before the noun it modifies ("the NACH form") names a scheme, a body, a format. */
function isName(tokens: readonly Token[], tags: TaggedSentence['tags'], word: Word): boolean {
  const wordTags = tags[word.first]!;
  // Names are nouns: a capitalised adjective, number, adverb or date ("FINAL reminder", "SIX times", "in JANUARY") is emphasis.
  if (!wordTags.has('Noun') || ['Adjective', 'Value', 'Adverb', 'Date'].some((tag) => wordTags.has(tag))) return false;
  if (nameCues.has(tokens[word.first - 1]?.normal ?? '')) return true;
  const next = tokens[word.last + 1];
  return next !== undefined && !next.upperCase && /^\p{Ll}/u.test(next.text) && tags[word.last + 1]!.has('Noun') && !tags[word.last + 1]!.has('Pronoun');
}

/** The written word (with whatever is attached to it, up to the spaces around) holds a mark of a code or a name. */
function isIdentifier(text: string, word: Word): boolean {
  let from = word.start;
  while (from > 0 && !whitespace.test(text[from - 1]!)) from--;
  let to = word.end;
  while (to < text.length && !whitespace.test(text[to]!)) to++;
  const written = text.slice(from, to);
  return identifierMark.test(written) || innerJoiner.test(written) || isHyphenedCode(written);
}

function isHyphenedCode(written: string): boolean {
  if (!written.includes('-')) return false;
  for (const [joined] of written.matchAll(hyphened)) {
    if (joined.split('-').some((part) => part.length === 1 || acronyms.has(part.toLowerCase()))) return true;
  }
  return false;
}

/** Letters, none of them lower case ("I" and "NOT" are; "5" and "iPhone" are not). */
function isUpperCase(written: string): boolean {
  return written !== written.toLowerCase() && written === written.toUpperCase();
}

function letterCount(written: string): number {
  let count = 0;
  for (const char of written) if (char.toLowerCase() !== char.toUpperCase()) count++;
  return count;
}
