/** A word of a sentence, with contractions split so that "didn't" matches "did not" as compromise does. */
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
}

const wordPattern = /https?:\/\/\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.]+|[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]+/gu;

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

/** Words whose "'s" is "is" (or "us"), not a possessive. */
const isContractions: Readonly<Record<string, string>> = {
  it: 'is', that: 'is', there: 'is', here: 'is', what: 'is', who: 'is', where: 'is', how: 'is', he: 'is', she: 'is', let: 'us',
};

// Module constants rather than literals in the loops: a regular expression literal makes a new object each time it runs.
const wordStart = /[\p{L}\p{N}]/u;
const shortHad = /^['’]d$/i;
const capitalStart = /^\p{Lu}/u;
const nonLetters = /[^\p{L}]/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(wordPattern)) {
    const written = match[0];
    const start = match.index;
    if (!wordStart.test(written[0] ?? '')) {
      const previous = tokens[tokens.length - 1];
      if (previous) previous.punctuationAfter += written;
      continue;
    }
    pushWord(tokens, written, start);
  }
  resolveHadOrWould(tokens);
  return tokens;
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
    tokens.push(makeToken(written.slice(3), 'not', start + 3));
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
      tokens.push(makeToken(written.slice(0, stem.length), irregularStems[stem] ?? stem, start));
      tokens.push(makeToken(written.slice(stem.length), words[0] ?? '', start + stem.length));
      return;
    }
  }
  if (lower.endsWith("'s")) {
    const stem = lower.slice(0, -2);
    const expanded = isContractions[stem];
    if (expanded) {
      tokens.push(makeToken(written.slice(0, stem.length), stem, start));
      tokens.push(makeToken(written.slice(stem.length), expanded, start + stem.length));
      return;
    }
  }
  tokens.push(makeToken(written, lower, start));
}

function makeToken(text: string, normal: string, start: number): Token {
  return {
    text,
    normal,
    start,
    end: start + text.length,
    punctuationAfter: '',
    upperCase: isUpperCase(text),
    titleCase: capitalStart.test(text),
  };
}

function isUpperCase(text: string): boolean {
  // A word that lower case leaves unchanged has no capital letter: most words, and they skip the letter filter.
  if (text.toLowerCase() === text) return false;
  const letters = text.replace(nonLetters, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}
