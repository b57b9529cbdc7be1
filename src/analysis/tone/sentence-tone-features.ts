import { afinnScore } from './afinn-score';
import { toneLexicon } from './tone-lexicon';

/** What one sentence contributes to the draft's tone; plain numbers so the engine can cache it per sentence. */
export interface ToneFeatures {
  /** Summed weights of the politeness strategies found (gratitude, hedges, "could you"...), each counted once. */
  courtesy: number;
  /** Summed weights of the impoliteness markers found (condescension, "why did you", bare orders...), as a positive number. */
  rudeness: number;
  /** AFINN score with tone-neutral words removed; never negative in a sentence that apologises, empathises or thanks. */
  sentiment: number;
  /** Ids of the strategies found, in lexicon order, to explain the score. */
  strategies: string[];
}

interface CompiledStrategy {
  id: string;
  weight: number;
  acknowledges: boolean;
  pattern: RegExp;
}

const strategies: CompiledStrategy[] = toneLexicon.strategies.map((strategy) => ({
  id: strategy.id,
  weight: strategy.weight,
  acknowledges: strategy.acknowledges === true,
  pattern: new RegExp(strategy.patterns.join('|'), strategy.caseSensitive === true ? '' : 'i'),
}));

/** AFINN words that carry no tone in a reply: left out of the score, never added to the package's shared table. */
const neutralWords = new Set(toneLexicon.neutralWords);

const curlyQuote = /[‘’]/g;

export function sentenceToneFeatures(sentence: string): ToneFeatures {
  const text = sentence.replace(curlyQuote, "'").trim();
  let courtesy = 0;
  let rudeness = 0;
  let acknowledges = false;
  const found: string[] = [];
  for (const strategy of strategies) {
    if (!strategy.pattern.test(text)) continue;
    found.push(strategy.id);
    if (strategy.weight > 0) courtesy += strategy.weight;
    else rudeness -= strategy.weight;
    if (strategy.acknowledges) acknowledges = true;
  }
  const sentiment = afinnScore(text, neutralWords);
  return { courtesy, rudeness, sentiment: acknowledges ? Math.max(0, sentiment) : sentiment, strategies: found };
}
