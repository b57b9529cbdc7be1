import { shoutingLexicon } from './customer-lexicon';
import type { CustomerText } from './customer-text';
import type { Signal } from '../types';
import type { Token } from '../text/tokenize';

/** A word as written: a split contraction ("DON'T") is one word here, as a reader counts it. */
interface Word {
  text: string;
  /** Lower case, apostrophes straight, for the acronym list. */
  lower: string;
  start: number;
  end: number;
  sentenceBreak: boolean;
  /** The part-of-speech tags of its first token. */
  tags: ReadonlySet<string>;
  /** The normal form of the word before it. */
  previous: string;
}

const acronyms = new Set(shoutingLexicon.acronyms);
const labelCues = new Set(shoutingLexicon.labelCues);
const nounTags = new Set(['Noun', 'Singular', 'Plural', 'ProperNoun', 'Acronym', 'Date', 'Duration', 'Month', 'WeekDay', 'Place', 'Country', 'City', 'Region', 'Organization', 'Person', 'FirstName', 'LastName', 'Unit', 'Currency']);
const MARKS = /[!?]{2,}/g;
/** A UI label or message in double quotes ("APPLE UK"): someone else's capitals, not the customer's voice. */
const QUOTED = /["“][^"”\n]{1,80}["”]/g;
const JOINER = /[_\-/.#:]/;
const ALNUM = /[\p{L}\p{N}]/u;
/** A joiner inside a word ("WI-FI", "U.S", "AT&T"): a code or a name, as when the parts stand apart. */
const INNER_JOINER = /[\p{L}\p{N}][-.&][\p{L}\p{N}]/u;

/**
 * Shouting: runs of upper-case words (acronyms and a lone "I" or "A" neither count nor break a run) and runs of
 * !/? marks. `visible` is the text with quoted history and links blanked out; `read` are the spans other signals
 * already matched, in which one word in capitals is a name ("Reporting to FSSAI").
 */
export function findShouting(customerText: CustomerText, visible: string, text: string, read: readonly { start: number; end: number }[]): Signal[] {
  const signals: Signal[] = [];
  const quoted = [...visible.matchAll(QUOTED)].map((match) => [match.index, match.index + match[0].length] as const);
  const notVoice = (token: Word) =>
    isIdentifier(token, visible) ||
    labelCues.has(token.previous) ||
    quoted.some(([from, to]) => from < token.start && token.end < to);
  const named = (token: Word) => read.some(({ start, end }) => start <= token.start && token.end <= end);
  let run: Word[] = [];
  const flush = () => {
    const words = run.filter((token) => countsAsShouting(token));
    const shouts =
      words.length >= shoutingLexicon.minWords ||
      words.some((token) => !named(token) && (letterCount(token.text) >= shoutingLexicon.minLettersAlone || !isNounOnly(token)));
    if (shouts) {
      const shouting = trimRun(run);
      const start = shouting[0]!.start;
      const end = shouting[shouting.length - 1]!.end;
      signals.push({ kind: 'shouting', ruleId: 'shouting-capitals', start, end, text: text.slice(start, end) });
    }
    run = [];
  };
  for (const token of writtenWords(customerText)) {
    if (token.sentenceBreak && run.length > 0) flush();
    if (isUpperCase(token.text) && !notVoice(token)) run.push(token);
    else if (!/\p{L}/u.test(token.text) && run.length > 0) run.push(token);
    else if (run.length > 0) flush();
  }
  if (run.length > 0) flush();

  for (const match of visible.matchAll(MARKS)) {
    const marks = match[0];
    if (marks.length >= shoutingLexicon.minRun || (marks.includes('!') && marks.includes('?'))) {
      signals.push({ kind: 'shouting', ruleId: 'shouting-marks', start: match.index, end: match.index + marks.length, text: marks });
    }
  }
  return signals;
}

function writtenWords({ sentences }: CustomerText): Word[] {
  const words: Word[] = [];
  for (const { sentence } of sentences) {
    sentence.tokens.forEach((token: Token, i) => {
      const previous = words[words.length - 1];
      if (token.joined && previous) {
        previous.text += token.text;
        previous.lower = previous.text.toLowerCase().replaceAll('’', "'");
        previous.end = token.end;
      } else {
        const before = sentence.tokens[i - 1]?.normal ?? '';
        words.push({ text: token.text, lower: token.normal, start: token.start, end: token.end, sentenceBreak: token.sentenceBreak, tags: sentence.tags[i]!, previous: before });
      }
    });
  }
  return words;
}

/** A word that can only be a noun: a name or a code when written in capitals, unless it is long. */
function isNounOnly(token: Word): boolean {
  return [...token.tags].every((tag) => nounTags.has(tag));
}

function countsAsShouting(token: Word): boolean {
  const letters = letterCount(token.text);
  return letters >= 2 && !acronyms.has(token.lower) && !(letters <= shoutingLexicon.maxLettersOfCode && isNounOnly(token));
}

/** The run without leading or trailing words that do not shout by themselves ("I", acronyms, numbers). */
function trimRun(run: Word[]): Word[] {
  let first = 0;
  let last = run.length - 1;
  while (!countsAsShouting(run[first]!)) first++;
  while (!countsAsShouting(run[last]!)) last--;
  return run.slice(first, last + 1);
}

function isUpperCase(raw: string): boolean {
  return raw !== raw.toLowerCase() && raw === raw.toUpperCase();
}

function letterCount(raw: string): number {
  let count = 0;
  for (const char of raw) if (char.toLowerCase() !== char.toUpperCase()) count++;
  return count;
}

/** Codes and identifiers in capitals ("KQ7PLM", "ERR_503_MAINT", "SKU-4410"): a digit in the word, or joined to the next part by _ - / . # : */
function isIdentifier(token: Word, text: string): boolean {
  if (/\p{N}/u.test(token.text) || INNER_JOINER.test(token.text)) return true;
  const before = text[token.start - 1] ?? '';
  const after = text[token.end] ?? '';
  return (JOINER.test(before) && ALNUM.test(text[token.start - 2] ?? '')) || (JOINER.test(after) && ALNUM.test(text[token.end + 1] ?? ''));
}
