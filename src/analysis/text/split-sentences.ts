export interface SentenceSpan {
  /** UTF-16 offsets into the text given, end exclusive; the span is trimmed of surrounding white space. */
  start: number;
  end: number;
  text: string;
}

/** Abbreviations whose full stop does not end a sentence. */
const abbreviations = new Set(['e.g', 'i.e', 'etc', 'vs', 'mr', 'mrs', 'ms', 'dr', 'no', 'approx', 'incl', 'dept', 'st', 'jr', 'sr', 'inc', 'ltd', 'co', 'p.s', 'a.m', 'p.m']);

const boundary = /[.!?]+["'”’)]*(?=\s|$)|\n/g;
// Module constants rather than literals: a regular expression literal makes a new object each time it runs.
const lastWord = /([\p{L}.]+)$/u;
const singleLetter = /^\p{L}$/u;
const space = /\s/;

/** Splits text into sentences at closing marks and line breaks, keeping exact offsets. */
export function splitSentences(text: string, offset = 0): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let from = 0;
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].length;
    if (match[0] !== '\n' && isAbbreviation(text, match.index)) continue;
    pushTrimmed(spans, text, from, end, offset);
    from = end;
  }
  pushTrimmed(spans, text, from, text.length, offset);
  return spans;
}

function isAbbreviation(text: string, markIndex: number): boolean {
  if (text[markIndex] !== '.') return false;
  const word = lastWord.exec(text.slice(Math.max(0, markIndex - 8), markIndex))?.[1]?.toLowerCase();
  return word !== undefined && (abbreviations.has(word) || singleLetter.test(word));
}

function pushTrimmed(spans: SentenceSpan[], text: string, from: number, to: number, offset: number): void {
  let start = from;
  let end = to;
  while (start < end && space.test(text[start]!)) start++;
  while (end > start && space.test(text[end - 1]!)) end--;
  if (end > start) spans.push({ start: start + offset, end: end + offset, text: text.slice(start, end) });
}
