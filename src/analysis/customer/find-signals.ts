import { onFirstUse } from '../on-first-use';
import { shoutingLexicon, signalRules } from './customer-lexicon';
import { compilePatterns, findMatches, type CustomerText } from './customer-text';
import { findCapitals, findMarkRuns } from '../text/find-shouting';
import type { Signal } from '../types';
import type { SignalRule } from './customer-lexicon';

const ruleIndex = onFirstUse(() => compilePatterns(signalRules.flatMap((rule) => rule.patterns.map((pattern): [string, SignalRule] => [pattern, rule]))));
const exceptionIndex = onFirstUse(() =>
  compilePatterns(signalRules.flatMap((rule) => (rule.exceptions ?? []).map((pattern): [string, SignalRule] => [pattern, rule]))),
);

/**
 * Every signal in the customer's words, in text order: lexicon rules (minus their exceptions) and shouting.
 * A rule that counts only where there is trouble (`onlyWithTrouble`) is dropped before the merge, in a message
 * without it, so it cannot take a match of another rule down with it. Overlapping matches of one kind are merged
 * into the longest, so "for the 3rd time" is one signal.
 */
export function findSignals(customerText: CustomerText, visible: string, text: string, trouble: boolean): Signal[] {
  const tokens = customerText.tokens;
  const exceptions = findMatches(exceptionIndex(), customerText);
  const kept = findMatches(ruleIndex(), customerText).filter(
    (match) =>
      (trouble || !match.payload.onlyWithTrouble) &&
      !exceptions.some((exception) => exception.payload === match.payload && exception.first < match.end && match.first < exception.end),
  );

  const signals = mergeOverlaps(
    kept.map((match) => {
      const start = tokens[match.first]!.start;
      const end = tokens[match.end - 1]!.end;
      return { kind: match.payload.kind, ruleId: match.payload.id, start, end, text: text.slice(start, end) };
    }),
    text,
  );
  // A threat names a body or a medium ("to OFCOM", "on YOUTUBE"): one word in capitals there is the name's.
  const threats = signals.filter((signal) => signal.kind === 'legal-threat' || signal.kind === 'public-threat');
  const named = (shout: Signal): boolean => !/\s/u.test(shout.text) && threats.some((threat) => threat.start <= shout.start && shout.end <= threat.end);
  signals.push(...findShouting(customerText, visible, text).filter((shout) => !named(shout)));
  return signals.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Shouting in the customer's words, by the check the draft uses too, at the customer's thresholds. */
function findShouting(customerText: CustomerText, visible: string, text: string): Signal[] {
  const words = { tokens: customerText.tokens, tags: customerText.sentences.flatMap(({ sentence }) => sentence.tags) };
  const signal = (ruleId: string) => ({ start, end }: { start: number; end: number }): Signal => ({ kind: 'shouting', ruleId, start, end, text: text.slice(start, end) });
  return [
    ...findCapitals(visible, words, shoutingLexicon).map(signal('shouting-capitals')),
    ...findMarkRuns(visible, customerText.tokens, shoutingLexicon).map(signal('shouting-marks')),
  ];
}

function mergeOverlaps(signals: Signal[], text: string): Signal[] {
  // Grouped by kind in plain code-unit order: the first localeCompare of a page sets up a collator, about 100 ms.
  const sorted = [...signals].sort((a, b) => (a.kind === b.kind ? a.start - b.start : a.kind < b.kind ? -1 : 1));
  const merged: Signal[] = [];
  for (const signal of sorted) {
    const previous = merged[merged.length - 1];
    if (previous && previous.kind === signal.kind && signal.start < previous.end) {
      previous.end = Math.max(previous.end, signal.end);
      previous.text = text.slice(previous.start, previous.end);
    } else {
      merged.push({ ...signal });
    }
  }
  return merged;
}
