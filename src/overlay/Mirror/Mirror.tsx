import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Finding } from '../../analysis/types';
import { mirrorSegments } from '../mirror-segments';
import { mirrorStyle } from '../mirror-style';
import type { Theme } from '../page-theme';

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
  if (box.width === 0 && box.height === 0) return null;
  return (
    <div ref={ref} class={`mirror theme-${theme}`} data-testid="tactful-mirror" aria-hidden="true" style={mirrorStyle(textarea, box)}>
      {mirrorSegments(text, findings).map((segment) =>
        segment.finding ? (
          <span
            key={segment.start}
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
      {/* A textarea shows a last empty line after a final newline; a zero-width space gives the mirror it too. */}
      {'\u200b'}
    </div>
  );
}
