import { useLayoutEffect } from 'preact/hooks';
import type { EditorState } from '../coach/coach-store';
import { highlightName, highlightPriority } from './highlight-names';
import { adoptHighlightStyles } from './install-highlight-styles';
import type { Theme } from './page-theme';
import { markUnderlines } from './mark-underlines';
import { visibleTextSpan } from '../editors/visible-text-span';
import type { Finding } from '../analysis/types';

/**
 * Underlines a contenteditable editor's findings with the CSS Custom Highlight API: DOM ranges painted by
 * the browser, so the editor's DOM is never touched and the lines follow the text through scrolling,
 * wrapping and zoom by themselves. Each editor adds its own ranges to the shared highlights and takes
 * them back out when its findings change or it goes away.
 *
 * A layout effect, so the ranges change in the same task as the analysis of the edit, before the next frame is
 * painted: a plain effect waits for the next animation frame and a timer after it, so the underlines lagged the
 * text by one to two frames on every keystroke (and `npm run bench:browser` measured 14 to 17 ms median from key
 * to underlines, at any draft size). The work itself is small: a range per finding in view. A long draft has
 * hundreds of findings, most of them far out of view: only those in and near view get ranges, again on every
 * `layoutTick` (scrolling).
 */
export function useHighlightUnderlines(state: EditorState, theme: Theme, layoutTick: number): void {
  // An editor in a shadow tree is painted by the rules of that tree (see adoptHighlightStyles).
  useLayoutEffect(() => {
    const root = state.editor.getRootNode();
    if (!(root instanceof ShadowRoot)) return;
    const controller = new AbortController();
    adoptHighlightStyles(root, controller.signal);
    return () => controller.abort();
  }, [state.editor]);
  useLayoutEffect(() => {
    const view = state.editor.ownerDocument.defaultView;
    // A textarea's text has no ranges: its mirror underlines it.
    if (!view || !('highlights' in view.CSS) || state.editor instanceof HTMLTextAreaElement) return;
    const registry = view.CSS.highlights;
    const added: Array<{ highlight: Highlight; range: Range }> = [];
    for (const finding of findingsInView(state)) {
      const range = state.text.rangeAt(finding.start, finding.end);
      if (!range) continue;
      const name = highlightName(finding.severity, theme);
      let highlight = registry.get(name);
      if (!highlight) {
        highlight = new view.Highlight();
        highlight.priority = highlightPriority[finding.severity];
        registry.set(name, highlight);
      }
      highlight.add(range);
      added.push({ highlight, range });
    }
    markUnderlines();
    return () => {
      for (const { highlight, range } of added) highlight.delete(range);
    };
  }, [state.text, state.findings, theme, layoutTick]);
}

/** Every finding when the whole editor is in view; otherwise those in the part of its text in and near view. */
function findingsInView(state: EditorState): readonly Finding[] {
  const { editor } = state;
  const view = editor.ownerDocument.defaultView;
  const box = editor.getBoundingClientRect();
  const whollyInView = editor.scrollHeight <= editor.clientHeight && view !== null && box.top >= 0 && box.bottom <= view.innerHeight;
  if (whollyInView || state.findings.length === 0) return state.findings;
  const { start, end } = visibleTextSpan(editor, state.text);
  return state.findings.filter((finding) => finding.end >= start && finding.start <= end);
}
