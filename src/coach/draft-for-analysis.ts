import type { EditorText } from '../editors/editor-text';

/** A span of the draft's text, UTF-16 offsets, end exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * Where elements inside the editor (quoted history, a signature) sit in the draft's text, in text order, merged
 * where they touch. Elements the text map cannot place (outside the editor, or a textarea, which has no DOM) are
 * left out.
 */
export function exclusionRanges(text: EditorText, elements: readonly HTMLElement[]): TextRange[] {
  const ranges: TextRange[] = [];
  for (const element of elements) {
    const start = text.offsetAt(element, 0);
    const end = text.offsetAt(element, element.childNodes.length);
    if (start === null || end === null || end <= start) continue;
    ranges.push({ start, end });
  }
  ranges.sort((a, b) => a.start - b.start);
  const merged: TextRange[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/**
 * The draft as the analysis should read it: the excluded ranges' characters become spaces and their line breaks
 * stay, so the text keeps its length and sentence ends, and every finding's offsets index the real draft.
 */
export function draftForAnalysis(text: EditorText, exclusions: readonly HTMLElement[]): string {
  const ranges = exclusionRanges(text, exclusions);
  if (ranges.length === 0) return text.text;
  let result = '';
  let from = 0;
  for (const { start, end } of ranges) {
    result += text.text.slice(from, start) + text.text.slice(start, end).replace(/[^\n]/g, ' ');
    from = end;
  }
  return result + text.text.slice(from);
}
