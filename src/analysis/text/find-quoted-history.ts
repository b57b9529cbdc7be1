import { quotedHistoryLexicon, type LinePatternData } from './text-lexicon';

/** The flags every pattern of `lexicons/text/quoted-history.json` is compiled with. */
export const linePatternFlags = 'iu';

export interface LinePattern {
  id: string;
  kind: LinePatternData['kind'];
  line: RegExp;
  followedBy?: { line: RegExp; within: number };
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
  line: new RegExp(pattern.line, linePatternFlags),
  followedBy: pattern.followedBy && { line: new RegExp(pattern.followedBy.line, linePatternFlags), within: pattern.followedBy.within },
}));

/** Every pattern's first line at once: most lines match none, and one test tells. */
const anyPattern = new RegExp(linePatterns.map((pattern) => `(?:${pattern.line.source})`).join('|'), linePatternFlags);

/** Whether the pattern matches at line `index`, with the line it asks to follow within its reach. */
export function matchesAt(pattern: LinePattern, lines: readonly string[], index: number): boolean {
  if (!pattern.line.test(lines[index]!)) return false;
  const { followedBy } = pattern;
  if (!followedBy) return true;
  const last = Math.min(lines.length - 1, index + followedBy.within);
  for (let next = index + 1; next <= last; next++) if (followedBy.line.test(lines[next]!)) return true;
  return false;
}

/** Where quoted history and the signature are in a message's lines, by the patterns of `lexicons/text/quoted-history.json`. */
export function findQuotedHistory(lines: readonly string[]): QuotedHistory {
  const quoted: number[] = [];
  for (let index = 0; index < lines.length; index++) {
    if (!anyPattern.test(lines[index]!)) continue;
    const pattern = linePatterns.find((candidate) => matchesAt(candidate, lines, index));
    if (!pattern) continue;
    if (pattern.kind !== 'quote') return { end: index, quoted };
    quoted.push(index);
  }
  return { end: lines.length, quoted };
}
