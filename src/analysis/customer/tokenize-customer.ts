/** A word of the customer's message, with its place in the text as given. */
export interface CustomerToken {
  /** As written, for case checks (shouting, emphasis). */
  raw: string;
  /** Lower case with typographic apostrophes straightened: the key for every lexicon look-up. */
  norm: string;
  start: number;
  end: number;
  /** A sentence ends between the previous token and this one (. ! ? ; or a line break): phrases do not span it. */
  sentenceBreak: boolean;
  /** Any punctuation between the previous token and this one: negation and intensifiers stop there. */
  clauseBreak: boolean;
  /** Written as a hashtag ("#fail"): words run together, so the lexicon looks inside. */
  hashtag: boolean;
}

/*
 * Masked profanity ("f***", "sh*t", "a**hole") is kept whole so the lexicon can see it; otherwise words, numbers,
 * contractions, text emoticons (":(", ":-/") and single emoji (the `sentiment` package scores emoji).
 */
const TOKEN =
  /\p{L}{1,2}\*+\p{L}*|\p{L}+(?:\*+\p{L}+)+|[\p{L}\p{N}]+(?:['’]\p{L}+)*|(?<![\p{L}\p{N}])[:;=]-?[()[\]/\\DPp|]+(?![\p{L}\p{N}])|\p{Extended_Pictographic}/gu;
const EMOTICON = /^[:;=]/;

const SENTENCE_END = new Set(['.', '!', '?', ';', '\n', '…']);
const CLAUSE_END = new Set([',', ':', '(', ')', '"', '“', '”', '—', '–', '[', ']']);

/** Splits text into word tokens with UTF-16 offsets; the caller blanks out what must not be read (quoted history, links). */
export function tokenizeCustomer(text: string): CustomerToken[] {
  const tokens: CustomerToken[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    const raw = match[0];
    let sentenceBreak = false;
    let clauseBreak = false;
    for (let i = previousEnd; i < start; i++) {
      const char = text[i]!;
      if (SENTENCE_END.has(char)) sentenceBreak = true;
      else if (CLAUSE_END.has(char)) clauseBreak = true;
    }
    tokens.push({
      raw,
      norm: EMOTICON.test(raw) ? normalizeEmoticon(raw) : raw.toLowerCase().replace(/’/g, "'"),
      start,
      end: start + raw.length,
      sentenceBreak,
      clauseBreak: clauseBreak || sentenceBreak,
      hashtag: text[start - 1] === '#',
    });
    previousEnd = start + raw.length;
  }
  return tokens;
}

/** ":-(((" reads as ":(", so the lexicon lists each face once. */
function normalizeEmoticon(raw: string): string {
  return raw.replace('-', '').replace(/(.)\1+$/, '$1').toLowerCase();
}
