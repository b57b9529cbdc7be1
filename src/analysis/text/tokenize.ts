/**
 * A word of a sentence, with contractions split so that "didn't" matches "did not" as compromise does. Masked
 * profanity ("f***", "sh*t"), text faces (":(", ":-/") and single emoji are tokens too; `tag-words.ts` gives them
 * their tags (#Masked, #Emoticon, #Emoji).
 */
export interface Token {
  /** The word as written (for a split contraction, its part of the original text). */
  text: string;
  /** Lower case, straight apostrophe, contraction expanded ("n't" becomes "not"). */
  normal: string;
  /** UTF-16 offsets into the text given to `tokenize`, end exclusive. */
  start: number;
  end: number;
  /** Punctuation written right after the word, before the next one ("," "." "!?"). */
  punctuationAfter: string;
  /** Written in capitals (two letters or more, no lower-case letter). */
  upperCase: boolean;
  /** Starts with a capital letter. */
  titleCase: boolean;
  /** The second part of a split contraction ("n't" of "didn't"): written together with the token before it. */
  joined: boolean;
  /** Written right after "#" ("#fail"): tagged #HashTag. */
  hashtag: boolean;
  /** A punctuation mark of its own, one character (`punctuation` option): tagged #Punctuation. */
  punctuation: boolean;
  /** A sentence ends between the token before and this one: . ! ? ; … or a line break. */
  sentenceBreak: boolean;
  /** Any clause punctuation between the token before and this one (, : ( ) " — and the like), or a sentence break. */
  clauseBreak: boolean;
  /** Written right after a currency sign ("$1,200", "£600"): a number so written is tagged #Money. */
  currency: boolean;
}

/** Links and e-mail addresses, kept whole. */
const linkPart = String.raw`https?:\/\/\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.]+`;
/**
 * A text face (":(", ":-/", ";P", not after a letter or digit) or a single emoji, captured: a token rather than
 * punctuation. The look-behind comes after the first character, so other positions fail at once.
 */
const symbolPart = String.raw`([:;=](?<![\p{L}\p{N}][:;=])-?[()[\]/\\DPp|]+(?![\p{L}\p{N}])|\p{Extended_Pictographic})`;
/** Other punctuation: it goes to the word before. */
const punctuationPart = String.raw`[^\s\p{L}\p{N}\p{Extended_Pictographic}]+`;

function wordRegExp(word: string): RegExp {
  return new RegExp([linkPart, word, symbolPart, punctuationPart].join('|'), 'gu');
}

/** A number with thousands separators ("1,200", "2,000,000.50"): one word, read without its commas. */
const groupedNumber = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\p{L}\p{N}])`;
const groupSeparators = /,/g;
const groupedStart = /^\d{1,3},\d{3}/;
/** Words with inner - ' . & kept whole: "e-mail", "3.5", "AT&T", "U.S". */
const wordPattern = wordRegExp(String.raw`${groupedNumber}|[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*`);
/** Words parted at inner - . & ("cash-only", "hour.Never", "overcharged&amp"), but for a decimal ("4.5", "1.5hrs"). */
const partedWordPattern = wordRegExp(String.raw`${groupedNumber}|\d+\.\d+\p{L}*|[\p{L}\p{N}]+(?:['’]\p{L}+)*`);
/** What follows the letters of a masked word ("f" of "f***", "a" of "a**hole"): asterisks, and letters between them. */
const maskedTail = /\*+\p{L}*(?:\*+\p{L}+)*/uy;
const lettersOnly = /^\p{L}+$/u;
const letterEnd = /\p{L}$/u;

/** Contraction endings: where the stem ends, and the words they stand for. */
const contractionEndings: ReadonlyArray<[suffix: string, words: string[]]> = [
  ["n't", ['not']],
  ["'re", ['are']],
  ["'ve", ['have']],
  ["'ll", ['will']],
  ["'d", ['would']],
  ["'m", ['am']],
];

const irregularStems: Readonly<Record<string, string>> = { ca: 'can', wo: 'will', sha: 'shall', ai: 'is' };

/** Words after which "'d" is "would" or "had". */
const wouldStems = new Set(['i', 'you', 'u', 'he', 'she', 'it', 'we', 'they', 'that', 'there', 'this', 'who', 'what', 'where', 'when', 'why', 'how']);

/** Words whose "'s" is "is" (or "us"), not a possessive. */
const isContractions: Readonly<Record<string, string>> = {
  it: 'is', that: 'is', there: 'is', here: 'is', what: 'is', who: 'is', where: 'is', how: 'is', he: 'is', she: 'is', let: 'us',
  nothing: 'is', everything: 'is', something: 'is',
};

// Module constants rather than literals in the loops: a regular expression literal makes a new object each time it runs.
const wordStart = /[\p{L}\p{N}]/u;
const shortHad = /^['’]d$/i;
const capitalStart = /^\p{Lu}/u;
const nonLetters = /[^\p{L}]/gu;
const emoticonStart = /^[:;=]/;
const repeatedEnd = /(.)\1+$/;

/** Characters between tokens that end a sentence, and those that end a clause only. */
const sentenceEnds = new Set(['.', '!', '?', ';', '\n', '…']);
const clauseEnds = new Set([',', ':', '(', ')', '"', '“', '”', '—', '–', '[', ']']);

export interface TokenizeOptions {
  /**
   * Inner hyphens, full stops and ampersands part words, but for a decimal point: "cash-only", "3-5 days",
   * "hour.Never again" (a tweet's missing space), "overcharged&amp;underserved". The customer reading sets it, so
   * each part is scored and counted as its lexicon was tuned; the draft rules keep such words whole, and a pattern
   * word with a hyphen ("e-mail", "self-explanatory") is one word.
   */
  partWords?: boolean;
  /**
   * Text faces and single emoji are tokens (#Emoticon, #Emoji). The customer reading sets it, as its lexicon scores
   * them; in the agent's text they stay punctuation after the word before, where the tone reading expects them.
   */
  symbols?: boolean;
  /**
   * Each punctuation mark is a token of its own, one a character, rather than punctuation after the word before: a
   * line pattern reads "From:", "> ..." and "-----" by them (`lexicons/text/quoted-history.json`).
   */
  punctuation?: boolean;
  /** Stop after this many tokens: whether a line can start a line pattern is told by its first token. */
  maxTokens?: number;
}

export function tokenize(text: string, options?: TokenizeOptions): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  const pattern = options?.partWords ? partedWordPattern : wordPattern;
  const maxTokens = options?.maxTokens ?? Number.POSITIVE_INFINITY;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = tokens.length < maxTokens ? pattern.exec(text) : null) {
    let written = match[0];
    const start = match.index;
    const symbol = match[1] !== undefined && options?.symbols === true;
    // A face or an emoji (the captured alternative) is a token; other punctuation belongs to the word before.
    if (!symbol && !wordStart.test(written[0] ?? '')) {
      if (options?.punctuation) {
        pushMarks(tokens, written, start);
        previousEnd = start + written.length;
        continue;
      }
      const previous = tokens[tokens.length - 1];
      if (previous) previous.punctuationAfter += written;
      continue;
    }
    if (text.charCodeAt(start + written.length) === asterisk) {
      written = withMaskedTail(text, written, start);
      pattern.lastIndex = start + written.length;
    }
    const count = tokens.length;
    if (symbol && emoticonStart.test(written)) tokens.push(makeToken(written, normalizeEmoticon(written), start));
    else if (groupedStart.test(written)) tokens.push(makeToken(written, written.replace(groupSeparators, ''), start));
    else pushWord(tokens, written, start);
    markBreaks(tokens[count]!, text, previousEnd, start);
    previousEnd = start + written.length;
  }
  resolveHadOrWould(tokens);
  return tokens.length > maxTokens ? tokens.slice(0, maxTokens) : tokens;
}

/** Punctuation as tokens, one a character: "-----" is five. */
function pushMarks(tokens: Token[], written: string, start: number): void {
  let at = start;
  for (const mark of written) {
    const token = makeToken(mark, mark.replace('’', "'"), at);
    token.punctuation = true;
    tokens.push(token);
    at += mark.length;
  }
}

const asterisk = 42;
const currencySign = /\p{Sc}/u;
const space = 32;
const hash = 35;

/**
 * Masked profanity kept whole: one or two letters and asterisks ("f***", "sh*t"), or letters with asterisks between
 * them ("a**hole"); otherwise the word as matched ("5*", "damn***").
 */
function withMaskedTail(text: string, written: string, start: number): string {
  if (!lettersOnly.test(written)) return written;
  maskedTail.lastIndex = start + written.length;
  const tail = maskedTail.exec(text)?.[0] ?? '';
  return written.length <= 2 || letterEnd.test(tail) ? written + tail : written;
}

/** Sets the break flags of a token from the characters between the token before (ending at `from`) and it. */
function markBreaks(token: Token, text: string, from: number, to: number): void {
  // Most tokens follow a single space, or nothing (the second part of a contraction).
  if (to - from === 1 && text.charCodeAt(from) === space) return;
  token.hashtag = text.charCodeAt(to - 1) === hash;
  token.currency = to > from && currencySign.test(text[to - 1]!);
  for (let i = from; i < to; i++) {
    const char = text[i]!;
    if (char === ' ') continue;
    if (sentenceEnds.has(char)) {
      token.sentenceBreak = true;
      token.clauseBreak = true;
      return;
    }
    if (clauseEnds.has(char)) token.clauseBreak = true;
  }
}

/** ":-(((" reads as ":(", so a lexicon lists each face once. */
function normalizeEmoticon(written: string): string {
  return written.replace('-', '').replace(repeatedEnd, '$1').toLowerCase();
}

/** Past participles after which "'d" is "had" ("you'd followed"), not "would" ("you'd like"). */
const participles = new Set(['been', 'had', 'done', 'seen', 'gone', 'read', 'sent', 'told', 'made', 'given', 'taken', 'got', 'gotten', 'known', 'paid', 'bought', 'left', 'lost', 'put', 'set', 'kept']);

function resolveHadOrWould(tokens: Token[]): void {
  tokens.forEach((token, i) => {
    if (token.normal !== 'would' || !shortHad.test(token.text)) return;
    const next = tokens[i + 1]?.normal ?? '';
    if (next.endsWith('ed') || participles.has(next)) token.normal = 'had';
  });
}

function pushWord(tokens: Token[], written: string, start: number): void {
  const straight = written.replaceAll('’', "'");
  const lower = straight.toLowerCase();
  if (lower === 'cannot') {
    tokens.push(makeToken(written.slice(0, 3), 'can', start));
    tokens.push(makeToken(written.slice(3), 'not', start + 3, true));
    return;
  }
  // Every contraction but "cannot" has an apostrophe: most words skip the endings.
  if (!lower.includes("'")) {
    tokens.push(makeToken(written, lower, start));
    return;
  }
  for (const [suffix, words] of contractionEndings) {
    if (lower.endsWith(suffix) && lower.length > suffix.length) {
      const stem = lower.slice(0, -suffix.length);
      // "'d" after anything but a pronoun is a written past tense ("DM'd", "OK'd"), not "would" or "had".
      if (suffix === "'d" && !wouldStems.has(stem)) break;
      tokens.push(makeToken(written.slice(0, stem.length), irregularStems[stem] ?? stem, start));
      tokens.push(makeToken(written.slice(stem.length), words[0] ?? '', start + stem.length, true));
      return;
    }
  }
  if (lower.endsWith("'s")) {
    const stem = lower.slice(0, -2);
    const expanded = isContractions[stem];
    if (expanded) {
      tokens.push(makeToken(written.slice(0, stem.length), stem, start));
      tokens.push(makeToken(written.slice(stem.length), expanded, start + stem.length, true));
      return;
    }
  }
  tokens.push(makeToken(written, lower, start));
}

function makeToken(text: string, normal: string, start: number, joined = false): Token {
  return {
    text,
    normal,
    start,
    end: start + text.length,
    punctuationAfter: '',
    upperCase: isUpperCase(text),
    titleCase: capitalStart.test(text),
    joined,
    hashtag: false,
    punctuation: false,
    currency: false,
    sentenceBreak: false,
    clauseBreak: false,
  };
}

function isUpperCase(text: string): boolean {
  // A word that lower case leaves unchanged has no capital letter: most words, and they skip the letter filter.
  if (text.toLowerCase() === text) return false;
  const letters = text.replace(nonLetters, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

const firstWritten = /\S+/;

/**
 * The normal form of a line's first token, punctuation marks counted as tokens: read from its first run of
 * non-space characters only, as no token spans a space, so a long line costs no more than a short one.
 */
export function firstTokenOf(text: string): string | undefined {
  const written = firstWritten.exec(text)?.[0];
  return written === undefined ? undefined : tokenize(written, { punctuation: true, maxTokens: 1 })[0]?.normal;
}
