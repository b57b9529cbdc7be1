import { onFirstUse } from '../on-first-use';
import { afinn, moodCues } from './customer-lexicon';
import { compilePatterns, findMatches, type CustomerText } from './customer-text';
import type { SentimentEvidence } from './score-sentiment';
import type { SignalKind } from '../types';

/** What tells the moods apart beyond the amount of trouble a message describes (`lexicons/customer/mood-cues.json`). */
export interface MoodCues {
  /** The customer judges the service or says how they feel: without it, or a signal, a problem is only concerning. */
  complaint: boolean;
  /** Points of hostility: anger needs `hostilityForAngry` of them. */
  hostility: number;
  /** The customer plays the matter down ("no rush", "not a big deal"). */
  downplay: boolean;
  /** Health, safety, money depended on or vulnerable people are at risk. */
  stakes: boolean;
  /** Praise that mocks, in a message that describes a problem. */
  sarcasm: boolean;
}

export type CueName = 'complaint' | 'hostility' | 'downplay' | 'stakes' | 'sarcasm';
export const cueNames: readonly CueName[] = ['complaint', 'hostility', 'downplay', 'stakes', 'sarcasm'];
const cueIndex = onFirstUse(() => compilePatterns(cueNames.flatMap((name) => moodCues[name].patterns.map((pattern): [string, CueName] => [pattern, name]))));

const praiseWords = new Set(moodCues.praiseAlone);
const exclamationRun = /!{2,}|\?!|!\?/;

/** How many phrases of each cue list the message holds. */
export function countCuePhrases(text: CustomerText): Map<CueName, number> {
  const found = new Map<CueName, number>();
  for (const { payload } of findMatches(cueIndex(), text)) found.set(payload, (found.get(payload) ?? 0) + 1);
  return found;
}

export function readMoodCues(customerText: CustomerText, visible: string, kinds: ReadonlySet<SignalKind>, evidence: SentimentEvidence): MoodCues {
  const found = countCuePhrases(customerText);
  let hostility = found.get('hostility') ?? 0;
  for (const kind of kinds) hostility += moodCues.hostileSignals[kind] ?? 0;
  if (exclamationRun.test(visible)) hostility++;
  // Mockery is deadpan: praise with an exclamation mark is meant.
  const mocking = (found.get('sarcasm') ?? 0) > 0 || (!visible.includes('!') && hasPraiseAlone(customerText));
  return {
    complaint: (found.get('complaint') ?? 0) > 0 || evidence.judging >= moodCues.judgingForComplaint,
    hostility,
    downplay: (found.get('downplay') ?? 0) > 0,
    stakes: (found.get('stakes') ?? 0) > 0,
    sarcasm: mocking && evidence.negative >= moodCues.problemForSarcasm,
  };
}

/** A sentence of praise and nothing else ("Brilliant." "Very helpful."), which in a complaint is irony. */
function hasPraiseAlone(text: CustomerText): boolean {
  return text.sentences.some(
    ({ sentence: { tokens } }) => tokens.length <= 3 && tokens.some((token) => praiseWords.has(token.normal)) && tokens.every((token) => (afinn[token.normal] ?? 0) >= 0),
  );
}
