import { onFirstUse } from '../on-first-use';
import type { TaggedSentence } from '../text/tag-sentence';
import { findCapitals, findMarkRuns } from '../text/find-shouting';
import { parsePattern } from '../rules/pattern';
import { PatternIndex } from '../rules/pattern-index';
import { compileExceptions, isExcepted } from '../rules/is-excepted';
import { afinnScore } from './afinn-score';
import { toneLexicon } from './tone-lexicon';
import type { TonePhraseStrategy, ToneSignalStrategy } from './tone-lexicon-schema';

/** What one sentence contributes to the draft's tone; plain numbers so the engine can cache it per sentence. */
export interface ToneFeatures {
  /** Characters from its first word to the end of its last, for the draft's length: finer-grained than a count of words. */
  length: number;
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
  order: number;
  acknowledges: boolean;
  sentence: TonePhraseStrategy['sentence'];
  exceptions: PatternIndex<true>;
}

const signals: Array<{ strategy: ToneSignalStrategy; order: number }> = [];
toneLexicon.strategies.forEach((strategy, order) => {
  if ('kind' in strategy) signals.push({ strategy, order });
});

const phrases = onFirstUse(() => {
  const index = new PatternIndex<CompiledStrategy>();
  toneLexicon.strategies.forEach((strategy, order) => {
    if ('kind' in strategy) return;
    const compiled: CompiledStrategy = {
      id: strategy.id,
      weight: strategy.weight,
      order,
      acknowledges: strategy.acknowledges === true,
      sentence: strategy.sentence,
      exceptions: compileExceptions(strategy.exceptions ?? []),
    };
    for (const source of strategy.patterns) index.add(parsePattern(source), compiled);
  });
  return index;
});

/** AFINN words that carry no tone in a reply: left out of the score, never added to the package's shared table. */
const neutralWords = new Set(toneLexicon.neutralWords);

/** Whether the sentence shouts as the strategy reads it, by the one shouting check of the draft and the customer. */
function hasSignal(strategy: ToneSignalStrategy, text: string, sentence: TaggedSentence): boolean {
  if (strategy.kind === 'capitals') return findCapitals(text, sentence, strategy).length > 0;
  return findMarkRuns(text, sentence.tokens, strategy).length > 0;
}

/** `text` is the sentence `sentence` was tagged from. */
export function sentenceToneFeatures(text: string, sentence: TaggedSentence): ToneFeatures {
  const { tokens } = sentence;
  const isQuestion = tokens[tokens.length - 1]?.punctuationAfter.includes('?') ?? false;
  const found = new Map<string, { weight: number; order: number; acknowledges: boolean }>();
  for (const { payload: strategy, match } of phrases().findAll(sentence)) {
    if (found.has(strategy.id)) continue;
    if (strategy.sentence !== undefined && (strategy.sentence === 'question') !== isQuestion) continue;
    if (isExcepted(strategy.exceptions, sentence, match)) continue;
    found.set(strategy.id, strategy);
  }
  for (const { strategy, order } of signals) if (hasSignal(strategy, text, sentence)) found.set(strategy.id, { weight: strategy.weight, order, acknowledges: false });
  let courtesy = 0;
  let rudeness = 0;
  let acknowledges = false;
  for (const strategy of found.values()) {
    if (strategy.weight > 0) courtesy += strategy.weight;
    else rudeness -= strategy.weight;
    acknowledges ||= strategy.acknowledges;
  }
  const sentiment = afinnScore(tokens, neutralWords);
  return {
    length: tokens.length === 0 ? 0 : tokens[tokens.length - 1]!.end - tokens[0]!.start,
    courtesy,
    rudeness,
    sentiment: acknowledges ? Math.max(0, sentiment) : sentiment,
    strategies: [...found.entries()].sort((a, b) => a[1].order - b[1].order).map(([id]) => id),
  };
}
