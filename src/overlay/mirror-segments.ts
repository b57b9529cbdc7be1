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
  const placed = findings
    .map((finding, order) => ({ finding, order }))
    .filter(({ finding }) => finding.start < finding.end && finding.end <= text.length)
    .sort((a, b) => a.finding.start - b.finding.start);
  const points = [...new Set([0, text.length, ...placed.flatMap(({ finding }) => [finding.start, finding.end])])].sort((a, b) => a - b);
  const segments: MirrorSegment[] = [];
  // The findings under the run at hand, kept as the runs go along the text: a long draft has hundreds of findings,
  // and asking each of them about each run cost milliseconds per keystroke.
  let active: typeof placed = [];
  let next = 0;
  for (let index = 0; index < points.length - 1; index++) {
    const start = points[index]!;
    const end = points[index + 1]!;
    active = active.filter(({ finding }) => finding.end > start);
    while (next < placed.length && placed[next]!.finding.start <= start) active.push(placed[next++]!);
    // The most severe wins; between equals, the one listed first.
    let winner: (typeof placed)[number] | null = null;
    for (const candidate of active) {
      const weight = severityWeight(candidate.finding.severity);
      if (!winner || weight > severityWeight(winner.finding.severity) || (weight === severityWeight(winner.finding.severity) && candidate.order < winner.order)) winner = candidate;
    }
    const previous = segments[segments.length - 1];
    if (previous && previous.finding === null && winner === null) {
      previous.end = end;
      previous.text += text.slice(start, end);
    } else {
      segments.push({ start, end, text: text.slice(start, end), finding: winner?.finding ?? null });
    }
  }
  return segments;
}
