import { tokenize } from '../text/tokenize';
import { functionWords } from './function-words';
import { splitParagraphs } from './split-paragraphs';
import type { LanguageCode } from './function-words-schema';

/** A paragraph of a text and the language it is written in. Offsets are UTF-16, end exclusive. */
export interface LanguageSpan {
  start: number;
  end: number;
  language: LanguageCode;
}

const wordSets = Object.entries(functionWords.languages).map(([language, words]) => [language as LanguageCode, new Set(words)] as const);
const hasLetter = /\p{L}/u;
/** Of a paragraph's words, how many must be another language's function words before it counts as that language. */
const minimumShare = 0.15;

/**
 * The language of one paragraph, from its function words: English unless another language's words outnumber the
 * English ones and make up a fair share of the paragraph. A paragraph with no function words at all ("PS4", "ok")
 * is English, so English text is never left unchecked for want of evidence.
 */
export function paragraphLanguage(text: string): LanguageCode {
  let words = 0;
  const counts = new Map<LanguageCode, number>();
  for (const token of tokenize(text)) {
    if (!hasLetter.test(token.normal)) continue;
    words++;
    for (const [language, set] of wordSets) if (set.has(token.normal)) counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  const english = counts.get('en') ?? 0;
  let best: LanguageCode = 'en';
  let bestCount = 0;
  for (const [language, count] of counts) {
    if (language !== 'en' && count > bestCount) {
      best = language;
      bestCount = count;
    }
  }
  return bestCount > english && bestCount >= Math.max(1, minimumShare * words) ? best : 'en';
}

/** The text's paragraphs (split at blank lines) with the language of each. */
export function detectLanguages(text: string): LanguageSpan[] {
  return splitParagraphs(text).map(([start, end]) => ({ start, end, language: paragraphLanguage(text.slice(start, end)) }));
}

/** The language most of the text's letters are in; English when there are none. */
export function mainLanguage(spans: readonly LanguageSpan[]): LanguageCode {
  const letters = new Map<LanguageCode, number>();
  for (const span of spans) letters.set(span.language, (letters.get(span.language) ?? 0) + span.end - span.start);
  let main: LanguageCode = 'en';
  for (const [language, count] of letters) if (count > (letters.get(main) ?? 0)) main = language;
  return main;
}
