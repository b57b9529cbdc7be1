import { onFirstUse } from '../on-first-use';
import { afinn, moodCues } from './customer-lexicon';
import { compilePatterns, findMatches, type CustomerText } from './customer-text';
import type { SentimentEvidence } from './score-sentiment';
import type { Signal } from '../types';

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
const ironyTags = new Set(moodCues.ironyTags);
const exclamationRun = /!{2,}|\?!|!\?/;
/**
 * Scare quotes: one to three lower-case words in quotes ("nearby", "customer care"), the customer holding the
 * company's word up to doubt. Not after a word that introduces what a screen or a message shows.
 */
const scareQuote = /(?<!\b(?:says?|said|shows?|showing|reads|status|marked|message|error|labelled|labeled)\s*)["“]\p{Ll}[\p{Ll}' ]{0,30}["”]/u;

/** How many phrases of each cue list the message holds. */
export function countCuePhrases(text: CustomerText): Map<CueName, number> {
  const found = new Map<CueName, number>();
  for (const { payload } of findMatches(cueIndex(), text)) found.set(payload, (found.get(payload) ?? 0) + 1);
  return found;
}

export function readMoodCues(customerText: CustomerText, visible: string, signals: readonly Signal[], evidence: SentimentEvidence): MoodCues {
  const found = countCuePhrases(customerText);
  let hostility = found.get('hostility') ?? 0;
  // Each different threat counts: a regulator and a lawyer are two, the same threat said twice is one.
  const rules = new Map(signals.map((signal) => [signal.ruleId, signal.kind]));
  for (const kind of rules.values()) hostility += moodCues.hostileSignals[kind] ?? 0;
  if (exclamationRun.test(visible)) hostility++;
  // Mockery is deadpan: praise with an exclamation mark is meant.
  const mockingSigns = (found.get('sarcasm') ?? 0) + (!visible.includes('!') && hasPraiseAlone(customerText) ? 1 : 0);
  // An irony tag, two signs of mockery, or one beside scare quotes need no unhappy words to show the problem.
  const ironyTagged = customerText.tokens.some((token) => token.hashtag && ironyTags.has(token.normal));
  const plainlyMocking = ironyTagged || mockingSigns >= 2 || (mockingSigns === 1 && scareQuote.test(visible));
  return {
    complaint: (found.get('complaint') ?? 0) > 0 || evidence.judging >= moodCues.judgingForComplaint,
    hostility,
    downplay: (found.get('downplay') ?? 0) > 0,
    stakes: (found.get('stakes') ?? 0) > 0,
    sarcasm: plainlyMocking || (mockingSigns > 0 && evidence.negative >= moodCues.problemForSarcasm),
  };
}

/** A sentence of praise and nothing else ("Brilliant." "Very helpful."), which in a complaint is irony. */
function hasPraiseAlone(text: CustomerText): boolean {
  return text.sentences.some(
    ({ sentence: { tokens } }) => tokens.length <= 3 && tokens.some((token) => praiseWords.has(token.normal)) && tokens.every((token) => (afinn[token.normal] ?? 0) >= 0),
  );
}
