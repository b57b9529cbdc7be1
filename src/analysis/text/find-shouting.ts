import { findQuotedSpans } from './find-quoted-spans';
import type { TaggedSentence } from './tag-sentence';
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
const openingQuote = /["“'‘]/;
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
    const emphasis = counted.some((word) => emphasisWords.has(word.lower));
    const loud = counted.length >= options.minWords || emphasis || counted.some((word) => letterCount(word.text) >= options.minLettersAlone);
    if (!loud || isLabel(text, tokens, first, counted.length === 1)) return;
    if (counted.length === 1 && !emphasis && isName(tokens, tags, first)) return;
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

/** A label to click or type: a step of a menu path, or a lone word after a cue ("tap ACTIVATE") or an opening quote. */
function isLabel(text: string, tokens: readonly Token[], word: Word, alone: boolean): boolean {
  // The path is on the line before the word; its steps may end in ";" ("Help &gt; I STILL NEED HELP"), a sentence end.
  if (menuStep.test(text.slice(text.lastIndexOf('\n', word.start) + 1, word.start))) return true;
  return alone && (labelCues.has(tokens[word.first - 1]?.normal ?? '') || openingQuote.test(text[word.start - 1] ?? ''));
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
