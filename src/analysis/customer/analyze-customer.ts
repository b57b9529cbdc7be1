import { onFirstUse } from '../on-first-use';
import { intensityLexicon, moodCues, signalRules } from './customer-lexicon';
import { findCustomerName } from './find-customer-name';
import { findSignals } from './find-signals';
import { maskLinks } from './mask-links';
import { maskQuotedHistory } from './mask-quoted-history';
import { moodForIntensity } from './mood-for-intensity';
import { readMoodCues, type MoodCues } from './read-mood-cues';
import { scoreSentiment, type SentimentEvidence } from './score-sentiment';
import { compilePatterns, findMatches, readCustomerText, writtenWordCount, type CustomerText } from './customer-text';
import type { CustomerAnalysis, SignalKind } from '../types';

const worryIndex = onFirstUse(() => compilePatterns(intensityLexicon.worry.patterns.map((pattern): [string, true] => [pattern, true])));
/** Words that, one or two tokens before worry, deny it; "don't" and "isn't" end in "not" as the tokenizer reads them. */
const negations = new Set(['not', 'no', 'never', 'dont', 'nothing']);

const floorOf = new Map(signalRules.flatMap((rule) => (rule.moodFloor ? [[rule.id, rule.moodFloor] as const] : [])));

/**
 * How upset the customer is and why, from their current words only (quoted history is ignored). Pure and fast
 * enough to run on every message opened: the shared tokens and tags, and indexed patterns, no parser.
 */
export function analyzeCustomer(text: string): Omit<CustomerAnalysis, 'language'> {
  const visible = maskLinks(maskQuotedHistory(text));
  const customerText = readCustomerText(visible);
  const evidence = scoreSentiment(customerText);
  // Trouble: enough unhappy words, not outweighed by happy ones ("thanks for the hassle-free flights today").
  const trouble = evidence.negative >= intensityLexicon.troubleForStakes && evidence.positive <= evidence.negative + intensityLexicon.contentMargin;
  const signals = findSignals(customerText, visible, text, trouble);
  const kinds = new Set<SignalKind>(signals.map((signal) => signal.kind));

  const p = intensityLexicon;
  const emphasis = 1 + p.exclamation * Math.min(countOf(visible, '!'), p.maxExclamations);
  let upset = (evidence.negative - evidence.positive * p.positiveWeight) * emphasis;
  for (const kind of kinds) upset += p.signalWeights[kind];
  upset -= p.politeness * Math.min(evidence.politeness, p.maxPoliteness);
  const words = writtenWordCount(customerText.tokens);
  if (words > p.lengthUnit) upset /= (words / p.lengthUnit) ** p.lengthDamping;

  const cues = readMoodCues(customerText, visible, signals, evidence);
  // Hostility beyond a single sharp word adds to the upset as a signal does.
  upset += moodCues.hostilityWeight * Math.max(0, cues.hostility - 1);
  let intensity = 1 / (1 + Math.exp(-(upset - p.center) / p.scale));
  const sentiment = normalize(evidence.positive - evidence.negative);
  intensity = fitToCues(intensity, cues, kinds, evidence);
  // Worry about a problem is concern, not anger at the company: it holds the mood at concerned unless a signal says more.
  if (saysWorried(customerText)) intensity = Math.min(Math.max(intensity, p.thresholds.concerned), p.thresholds.frustrated - 0.01);
  // What the customer says they will do, or what it costs them, counts however calmly it is put; not in a message
  // that is plainly content ("we've sold the boat, please cancel the policy; thanks for the good cover").
  const content = !cues.complaint && !cues.sarcasm && evidence.positive > p.contentMargin + evidence.negative;
  for (const signal of content ? [] : signals) {
    const floor = floorOf.get(signal.ruleId);
    if (floor) intensity = Math.max(intensity, p.thresholds[floor]);
  }

  const name = findCustomerName(text);
  return { mood: moodForIntensity(intensity), intensity, sentiment, signals, ...(name ? { name } : {}) };
}

/**
 * How bad the trouble is sets the intensity; what the customer says about it sets which moods it may reach. Capped
 * intensities keep their order, squeezed just under the next mood, so they still rank one message above another.
 */
function fitToCues(intensity: number, cues: MoodCues, kinds: ReadonlySet<SignalKind>, evidence: SentimentEvidence): number {
  const t = intensityLexicon.thresholds;
  const signalled = [...kinds].some((kind) => kind !== 'urgency');
  let fitted = intensity;
  if (!cues.complaint && !cues.sarcasm && !signalled) fitted = below(fitted, t.frustrated);
  if (cues.hostility < moodCues.hostilityForAngry) fitted = below(fitted, t.angry);
  if (cues.downplay && !cues.complaint && !cues.sarcasm && !cues.stakes && !signalled) fitted = below(fitted, t.concerned);
  // Stakes raise a message that describes trouble ("my father needs his oxygen and the power is off"), not a request
  // that names them ("a copy of my medical records").
  if (cues.stakes && evidence.negative > 0) fitted = Math.max(fitted, t.concerned);
  if (cues.sarcasm) fitted = Math.max(fitted, t.frustrated);
  return fitted;
}

/** Just under `threshold`, keeping the order of what lies above it. */
function below(intensity: number, threshold: number): number {
  const cap = threshold - 0.02;
  return intensity <= cap ? intensity : cap + (intensity - cap) * 0.02;
}

/** Squashes a lexicon sum into -1..1 the way VADER does, so short and long messages read on one scale. */
function normalize(score: number): number {
  return score / Math.sqrt(score * score + 15);
}

function countOf(text: string, char: string): number {
  let count = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) count++;
  return count;
}

/** The customer says they are worried, not that they are not. */
function saysWorried(text: CustomerText): boolean {
  const tokens = text.tokens;
  return findMatches(worryIndex(), text).some(({ first }) => !negations.has(tokens[first - 1]?.normal ?? '') && !negations.has(tokens[first - 2]?.normal ?? ''));
}
