import languageProcessor from 'sentiment/lib/language-processor.js';
import negators from 'sentiment/languages/en/negators.json';

/*
 * The score `new Sentiment().analyze(text)` gives, computed here because the package's own pass was a third of a
 * sentence's tone: it splits with five passes over the text, looks every word up in a dictionary-mode object and
 * builds a breakdown per word. Same words, weights and negation rule; its test compares the two.
 */

const labels = new Map(Object.entries(languageProcessor.getLabels('en')));

/** The package's tokenizer in one replacement and one split: these marks and line breaks become spaces, runs of white space one separator. */
const separators = /[\n.,/#!?$%^&*;:{}=_`"~()]/g;
const wordBreak = /\s\s+| /;

/** AFINN score of the text, a word right after a negator counting the other way, leaving out the `ignored` words. */
export function afinnScore(text: string, ignored: ReadonlySet<string>): number {
  const words = text.toLowerCase().replace(separators, ' ').trim().split(wordBreak);
  let score = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const weight = labels.get(word);
    if (weight === undefined || ignored.has(word)) continue;
    // Indexed as the package indexes it, inherited properties included, so that every score stays the same.
    const negated = i > 0 && Boolean((negators as Record<string, number>)[words[i - 1]!]);
    score += negated ? -weight : weight;
  }
  return score;
}
