import { matchPatternAt } from '../rules/match-pattern';
import { parsePattern } from '../rules/pattern';
import { startWords } from '../rules/pattern-index';
import { findQuotedHistory } from './find-quoted-history';
import { splitLines, type Line } from './split-lines';
import { tagLine } from './tag-sentence';
import { signOffLexicon } from './text-lexicon';
import { firstTokenOf } from './tokenize';

/**
 * The parts of a message written now, by its author: without quoted history and without the signature (both read
 * from `lexicons/text/quoted-history.json`), nor a sign-off with the name and title under it
 * (`lexicons/text/sign-offs.json`). Returns UTF-16 ranges into the text, end exclusive.
 */
export function findOwnText(text: string): [start: number, end: number][] {
  const lines = splitLines(text);
  const history = findQuotedHistory(lines.map((line) => line.text));
  const quoted = new Set(history.quoted);
  const end = signOffStart(lines, history.end);
  const ranges: [number, number][] = [];
  for (let i = 0; i < end; i++) {
    if (quoted.has(i)) continue;
    const line = lines[i]!;
    const previous = ranges[ranges.length - 1];
    if (previous && previous[1] === line.start) previous[1] = line.end;
    else ranges.push([line.start, line.end]);
  }
  return ranges;
}

/** A closing alone on its line, as a line pattern: "Kind regards,". */
const signOffLine = parsePattern(`^ (${signOffLexicon.closings.join('|')}) (,|\\.|\\!)? $`, 'line');
/** The first words of the closings: a line starting with none of them is told by one token, untagged (most of a draft's last lines). */
const closingStarts = startWords(signOffLine)!;

function isSignOffLine(text: string): boolean {
  // A closing alone on its line is short: "Thank you for your patience, ..." opening a paragraph is not tagged.
  if (text.length > shortLine) return false;
  return closingStarts.has(firstTokenOf(text) ?? '') && matchPatternAt(signOffLine, tagLine(text), 0) !== null;
}

/** A sign-off looked for among the last lines, with at most this many short lines (name, title, company) under it. */
const signOffReach = 6;
const linesUnder = 4;
const shortLine = 60;

/** Where a sign-off followed only by a few short lines starts, or `end` when there is none. */
function signOffStart(lines: readonly Line[], end: number): number {
  for (let i = Math.max(0, end - signOffReach); i < end; i++) {
    if (!isSignOffLine(lines[i]!.text)) continue;
    const rest = lines.slice(i + 1, end).filter((line) => line.text.trim() !== '');
    if (rest.length <= linesUnder && rest.every((line) => line.text.trim().length <= shortLine)) return i;
  }
  return end;
}
