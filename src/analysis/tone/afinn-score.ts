import languageProcessor from 'sentiment/lib/language-processor.js';
import negators from 'sentiment/languages/en/negators.json';
import type { Token } from '../text/tokenize';

/*
 * The AFINN score the `sentiment` package gives, read from the shared tokens rather than from its own word splitter:
 * the same words, weights and negation rule ("not good" counts the other way). Contractions arrive split
 * ("isn't" is "is not"), so "not" is the negator the package would have found in "isn't".
 */

const labels = new Map(Object.entries(languageProcessor.getLabels('en')));
const negatorWords = new Set(Object.keys(negators));

/** AFINN score of the tokens, a word right after a negator counting the other way, leaving out the `ignored` words. */
export function afinnScore(tokens: readonly Token[], ignored: ReadonlySet<string>): number {
  let score = 0;
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!.normal;
    const weight = labels.get(word);
    if (weight === undefined || ignored.has(word)) continue;
    const negated = i > 0 && negatorWords.has(tokens[i - 1]!.normal);
    score += negated ? -weight : weight;
  }
  return score;
}
