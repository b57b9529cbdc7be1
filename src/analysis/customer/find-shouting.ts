import { shoutingLexicon } from './customer-lexicon';
import type { Signal } from '../types';
import type { CustomerToken } from './tokenize-customer';

const acronyms = new Set(shoutingLexicon.acronyms);
const MARKS = /[!?]{2,}/g;

/**
 * Shouting: runs of upper-case words (acronyms and a lone "I" or "A" neither count nor break a run) and runs of
 * !/? marks. `visible` is the text with quoted history and links blanked out.
 */
export function findShouting(tokens: CustomerToken[], visible: string, text: string): Signal[] {
  const signals: Signal[] = [];
  let run: CustomerToken[] = [];
  const flush = () => {
    const words = run.filter((token) => countsAsShouting(token));
    const shouts = words.length >= shoutingLexicon.minimumRun || words.some((token) => letterCount(token.raw) >= shoutingLexicon.minimumLetters);
    if (shouts) {
      const shouting = trimRun(run);
      const start = shouting[0]!.start;
      const end = shouting[shouting.length - 1]!.end;
      signals.push({ kind: 'shouting', ruleId: 'shouting-capitals', start, end, text: text.slice(start, end) });
    }
    run = [];
  };
  for (const token of tokens) {
    if (token.sentenceBreak && run.length > 0) flush();
    if (isUpperCase(token.raw)) run.push(token);
    else if (!/\p{L}/u.test(token.raw) && run.length > 0) run.push(token);
    else if (run.length > 0) flush();
  }
  if (run.length > 0) flush();

  for (const match of visible.matchAll(MARKS)) {
    const marks = match[0];
    if (marks.length >= shoutingLexicon.minimumMarks || (marks.includes('!') && marks.includes('?'))) {
      signals.push({ kind: 'shouting', ruleId: 'shouting-marks', start: match.index, end: match.index + marks.length, text: marks });
    }
  }
  return signals;
}

function countsAsShouting(token: CustomerToken): boolean {
  return letterCount(token.raw) >= 2 && !acronyms.has(token.norm);
}

/** The run without leading or trailing words that do not shout by themselves ("I", acronyms, numbers). */
function trimRun(run: CustomerToken[]): CustomerToken[] {
  let first = 0;
  let last = run.length - 1;
  while (!countsAsShouting(run[first]!)) first++;
  while (!countsAsShouting(run[last]!)) last--;
  return run.slice(first, last + 1);
}

function isUpperCase(raw: string): boolean {
  return raw !== raw.toLowerCase() && raw === raw.toUpperCase();
}

function letterCount(raw: string): number {
  let count = 0;
  for (const char of raw) if (char.toLowerCase() !== char.toUpperCase()) count++;
  return count;
}
