import { memo } from 'preact/compat';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Finding } from '../../analysis/types';
import { mirrorSegments, type MirrorSegment } from '../mirror-segments';
import { mirrorStyle } from '../mirror-style';
import type { Theme } from '../page-theme';
import { markUnderlines } from '../mark-underlines';

export interface Props {
  textarea: HTMLTextAreaElement;
  text: string;
  findings: readonly Finding[];
  theme: Theme;
}

/**
 * The underlines of a textarea, whose text has no DOM ranges: a copy of the text in the overlay, laid out
 * exactly over the textarea with transparent letters, with underlined runs where the findings are. It
 * follows the textarea's scrolling and is re-laid out on every layout tick of its parent.
 */
export function Mirror({ textarea, text, findings, theme }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const box = textarea.getBoundingClientRect();
  useLayoutEffect(() => {
    const mirror = ref.current;
    if (!mirror) return;
    mirror.scrollTop = textarea.scrollTop;
    mirror.scrollLeft = textarea.scrollLeft;
  });
  // The mirror's underlined runs are in the DOM once this text and these findings have rendered.
  useLayoutEffect(markUnderlines, [text, findings]);
  if (box.width === 0 && box.height === 0) return null;
  return (
    <div ref={ref} class={`mirror theme-${theme}`} data-testid="tactful-mirror" aria-hidden="true" style={mirrorStyle(textarea, box)}>
      {mirrorLines(text, findings).map((line, index) => (
        <MirrorLine key={index} line={line} />
      ))}
    </div>
  );
}

interface MirrorLineProps {
  line: { start: number; segments: MirrorSegment[] };
}

/**
 * One line of the draft as a block of its own: typing changes one line's text, so the browser lays out
 * that line again and not the whole draft (at 3000 words a single text block took most of a keystroke).
 */
const MirrorLine = memo(
  function MirrorLine({ line }: MirrorLineProps) {
    return (
      <div class="mirror-line">
        {line.segments.map((segment) =>
          segment.finding ? (
            <span
              key={segment.start - line.start}
              class={`underline severity-${segment.finding.severity}`}
              data-testid="tactful-underline"
              data-finding-start={segment.finding.start}
              data-finding-end={segment.finding.end}
              data-severity={segment.finding.severity}
            >
              {segment.text}
            </span>
          ) : (
            segment.text
          ),
        )}
        {/* An empty line still takes a line's height in the textarea; a zero-width space gives the mirror it too. */}
        {line.segments.length === 0 ? '\u200b' : null}
      </div>
    );
  },
  (previous, next) => sameLine(previous.line, next.line),
);

/** The draft cut into its lines, each with the runs of its text; findings never cross a line. */
function mirrorLines(text: string, findings: readonly Finding[]): { start: number; segments: MirrorSegment[] }[] {
  const segments = mirrorSegments(text, findings);
  const lines: { start: number; segments: MirrorSegment[] }[] = [{ start: 0, segments: [] }];
  for (const segment of segments) {
    const parts = segment.text.split('\n');
    let offset = segment.start;
    parts.forEach((part, index) => {
      if (index > 0) lines.push({ start: offset, segments: [] });
      if (part !== '') lines[lines.length - 1]!.segments.push({ ...segment, start: offset, end: offset + part.length, text: part });
      offset += part.length + 1;
    });
  }
  return lines;
}

function sameLine(a: MirrorLineProps['line'], b: MirrorLineProps['line']): boolean {
  if (a.segments.length !== b.segments.length) return false;
  return a.segments.every((segment, index) => {
    const other = b.segments[index]!;
    return segment.text === other.text && segment.finding?.severity === other.finding?.severity && segment.start - a.start === other.start - b.start &&
      segment.finding?.start === other.finding?.start && segment.finding?.end === other.finding?.end;
  });
}
