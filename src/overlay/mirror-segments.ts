import type { Finding } from '../analysis/types';
import { severityWeight } from '../analysis/rules/severities';

/** A run of the draft for the textarea mirror: plain, or underlined for one finding. */
export interface MirrorSegment {
  start: number;
  end: number;
  text: string;
  finding: Finding | null;
}

/**
 * Cuts the draft at every finding's edges; where findings overlap, the most severe one underlines the run.
 * The runs cover the whole text, in order, so the mirror lays it out exactly like the textarea.
 */
export function mirrorSegments(text: string, findings: readonly Finding[]): MirrorSegment[] {
  const cuts = new Set([0, text.length]);
  for (const finding of findings) {
    if (finding.start >= finding.end || finding.end > text.length) continue;
    cuts.add(finding.start);
    cuts.add(finding.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: MirrorSegment[] = [];
  for (let index = 0; index < points.length - 1; index++) {
    const start = points[index]!;
    const end = points[index + 1]!;
    let winner: Finding | null = null;
    for (const finding of findings) {
      if (finding.start > start || finding.end < end || finding.end > text.length) continue;
      if (!winner || severityWeight(finding.severity) > severityWeight(winner.severity)) winner = finding;
    }
    const previous = segments[segments.length - 1];
    if (previous && previous.finding === null && winner === null) {
      previous.end = end;
      previous.text += text.slice(start, end);
    } else {
      segments.push({ start, end, text: text.slice(start, end), finding: winner });
    }
  }
  return segments;
}
