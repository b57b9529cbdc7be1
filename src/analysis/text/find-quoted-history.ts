import { matchPatternAt } from '../rules/match-pattern';
import { parsePattern, type Pattern } from '../rules/pattern';
import { startWords } from '../rules/pattern-index';
import { tagLine, type TaggedSentence } from './tag-sentence';
import { quotedHistoryLexicon, type LinePatternData } from './text-lexicon';
import { firstTokenOf } from './tokenize';

export interface LinePattern {
  id: string;
  kind: LinePatternData['kind'];
  line: Pattern;
  followedBy?: { line: Pattern; within: number };
}

export interface QuotedHistory {
  /** The first line of earlier mail or of the signature: the writer's own words end before it (the line count when neither is there). */
  end: number;
  /** Quoted lines ("> ...") before `end`. */
  quoted: number[];
}

export const linePatterns: readonly LinePattern[] = quotedHistoryLexicon.patterns.map((pattern) => ({
  id: pattern.id,
  kind: pattern.kind,
  line: parsePattern(pattern.line, 'line'),
  followedBy: pattern.followedBy && { line: parsePattern(pattern.followedBy.line, 'line'), within: pattern.followedBy.within },
}));

/** The first tokens a line must start with to start any pattern: most lines start with none, and one token tells. */
const firstWords = unionOrUndefined(linePatterns.map((pattern) => startWords(pattern.line)));

function unionOrUndefined(sets: readonly (ReadonlySet<string> | undefined)[]): ReadonlySet<string> | undefined {
  if (sets.some((set) => set === undefined)) return undefined;
  return new Set(sets.flatMap((set) => [...set!]));
}

/** A message's lines, each tokenized and tagged when a pattern first needs it. */
export class Lines {
  private readonly tagged: (TaggedSentence | undefined)[] = [];

  constructor(readonly texts: readonly string[]) {}

  get length(): number {
    return this.texts.length;
  }

  at(index: number): TaggedSentence {
    return (this.tagged[index] ??= tagLine(this.texts[index]!));
  }

  /** Whether the line can start some pattern, told by its first token without tagging it. */
  canStartPattern(index: number): boolean {
    return firstWords === undefined || firstWords.has(firstTokenOf(this.texts[index]!) ?? '');
  }
}

const matchesLine = (pattern: Pattern, line: TaggedSentence): boolean => matchPatternAt(pattern, line, 0) !== null;

/** Whether the pattern matches at line `index`, with the line it asks to follow within its reach. */
export function matchesAt(pattern: LinePattern, lines: Lines, index: number): boolean {
  if (!matchesLine(pattern.line, lines.at(index))) return false;
  const { followedBy } = pattern;
  if (!followedBy) return true;
  const last = Math.min(lines.length - 1, index + followedBy.within);
  for (let next = index + 1; next <= last; next++) if (matchesLine(followedBy.line, lines.at(next))) return true;
  return false;
}

/** Where quoted history and the signature are in a message's lines, by the line patterns of `lexicons/text/quoted-history.json`. */
export function findQuotedHistory(texts: readonly string[]): QuotedHistory {
  const lines = new Lines(texts);
  const quoted: number[] = [];
  for (let index = 0; index < lines.length; index++) {
    if (!lines.canStartPattern(index)) continue;
    const pattern = linePatterns.find((candidate) => matchesAt(candidate, lines, index));
    if (!pattern) continue;
    if (pattern.kind !== 'quote') return { end: index, quoted };
    quoted.push(index);
  }
  return { end: lines.length, quoted };
}
