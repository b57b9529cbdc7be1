import { useEffect } from 'preact/hooks';
import type { EditorState } from '../coach/coach-store';
import { highlightName, highlightPriority } from './highlight-names';
import type { Theme } from './page-theme';

/**
 * Underlines a contenteditable editor's findings with the CSS Custom Highlight API: DOM ranges painted by
 * the browser, so the editor's DOM is never touched and the lines follow the text through scrolling,
 * wrapping and zoom by themselves. Each editor adds its own ranges to the shared highlights and takes
 * them back out when its findings change or it goes away.
 */
export function useHighlightUnderlines(state: EditorState, theme: Theme): void {
  useEffect(() => {
    const view = state.editor.ownerDocument.defaultView;
    if (!view || !('highlights' in view.CSS)) return;
    const registry = view.CSS.highlights;
    const added: Array<{ highlight: Highlight; range: Range }> = [];
    for (const finding of state.findings) {
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
    return () => {
      for (const { highlight, range } of added) highlight.delete(range);
    };
  }, [state.text, state.findings, theme]);
}
