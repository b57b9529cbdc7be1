import { seededRandom } from './seeded-random';
import { greetings, signOffs, supportSentences, type SupportSentence } from './support-sentences';

export interface Draft {
  text: string;
  /** White-space separated words, greeting and sign-off included. */
  words: number;
  sentences: number;
  riskySentences: number;
}

/** Share of sentences picked from the risky ones; real drafts are mostly neutral. */
const riskyShare = 0.2;

const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;

const references: Readonly<Record<string, (n: number) => string>> = {
  order: (n) => `#${n}`,
  ticket: (n) => `#T${n}`,
  invoice: (n) => `INV-${n}`,
  tracking: (n) => `JD0146${n}GB`,
  ref: (n) => `CS-${n}`,
};

/** Sentences per draft stay under this, so (variant, position) gives every sentence its own number. */
const maxSentences = 1000;

/** Draws without replacement and reshuffles when empty, so a sentence repeats only once all the others have been used. */
function deck<T>(items: readonly T[], random: () => number): () => T {
  let remaining: T[] = [];
  return () => {
    if (remaining.length === 0) {
      remaining = [...items];
      for (let i = remaining.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [remaining[i], remaining[j]] = [remaining[j]!, remaining[i]!];
      }
    }
    return remaining.pop()!;
  };
}

interface Layout {
  greeting: string;
  signOff: string;
  /** Template sentences, in paragraphs. */
  paragraphs: SupportSentence[][];
}

/** The draft's shape depends only on its size: every variant of a size says the same things. */
function layoutFor(targetWords: number): Layout {
  const random = seededRandom(targetWords);
  const neutral = supportSentences.filter((sentence) => !sentence.risky);
  const risky = supportSentences.filter((sentence) => sentence.risky);
  const nextNeutral = deck(neutral, random);
  const nextRisky = deck(risky, random);
  const greeting = greetings[Math.floor(random() * greetings.length)]!;
  const signOff = signOffs[Math.floor(random() * signOffs.length)]!;
  const paragraphs: SupportSentence[][] = [];
  let words = countWords(greeting) + countWords(signOff);
  while (words < targetWords) {
    const paragraph: SupportSentence[] = [];
    const length = 2 + Math.floor(random() * 3);
    while (paragraph.length < length && words < targetWords) {
      const sentence = random() < riskyShare ? nextRisky() : nextNeutral();
      paragraph.push(sentence);
      words += countWords(sentence.text);
    }
    paragraphs.push(paragraph);
  }
  return { greeting, signOff, paragraphs };
}

/**
 * The draft of about `targetWords` words, variant `variant`: the same sentences for every variant,
 * with every reference number different, so no two variants share a sentence.
 */
export function buildDraft(targetWords: number, variant: number): Draft {
  const layout = layoutFor(targetWords);
  let position = 0;
  let riskySentences = 0;
  const fill = (sentence: SupportSentence): string => {
    if (position >= maxSentences) throw new Error(`a draft of ${targetWords} words has more than ${maxSentences} sentences`);
    const n = 100_000 + variant * maxSentences + position++;
    if (sentence.risky) riskySentences++;
    return sentence.text.replace(/\{(\w+)\}/g, (_, kind: string) => {
      const format = references[kind];
      if (!format) throw new Error(`unknown slot {${kind}} in "${sentence.text}"`);
      return format(n);
    });
  };
  const body = layout.paragraphs.map((paragraph) => paragraph.map(fill).join(' ')).join('\n\n');
  const text = `${layout.greeting}\n\n${body}\n\n${layout.signOff}\n`;
  return { text, words: countWords(text), sentences: position, riskySentences };
}

let nextVariant = 0;

/** Drafts no earlier call in this process has produced: none of their sentences can be in a cache yet. */
export function freshDrafts(targetWords: number, count: number): Draft[] {
  return Array.from({ length: count }, () => buildDraft(targetWords, nextVariant++));
}

/**
 * About `characters` characters of replies, one after another with a blank line between, as when a long thread is
 * pasted into the reply box: drafts of 3000 words, each a variant of its own, the last one cut at a line's end.
 */
export function longThread(characters: number): string {
  let text = '';
  for (let variant = 0; text.length < characters; variant++) text += `${buildDraft(3000, 900 + variant).text}\n`;
  const cut = text.lastIndexOf('\n', characters);
  return `${text.slice(0, cut).trimEnd()}\n`;
}
