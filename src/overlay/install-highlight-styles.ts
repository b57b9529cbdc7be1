import { highlightName, severities, themes } from './highlight-names';
import { underlineColors, underlineStyles } from './underline-colors';

const rules = themes.flatMap((theme) =>
  severities.map(
    (severity) =>
      `::highlight(${highlightName(severity, theme)}) { text-decoration: underline ${underlineStyles[severity]} ${underlineColors[theme][severity]}; text-decoration-thickness: 2px; text-decoration-skip-ink: none; }`,
  ),
);

/**
 * `::highlight()` rules only apply from a stylesheet of the editor's own tree, not from the overlay's shadow root:
 * this adopts one constructed sheet into the document, or into the shadow root an editor lives in (no node in the
 * page's DOM), and takes it back out when `signal` aborts. Chromium 156 paints a shadow tree's highlights with the
 * document's rules too, inherited through the host (highlight inheritance, Chromium 134 and later); older browsers
 * need the shadow root's own sheet.
 */
export function adoptHighlightStyles(root: Document | ShadowRoot, signal: AbortSignal): void {
  const view = (root instanceof ShadowRoot ? root.ownerDocument : root).defaultView;
  if (!view || !('highlights' in view.CSS)) return;
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(rules.join('\n'));
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  signal.addEventListener('abort', () => {
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter((candidate) => candidate !== sheet);
  });
}

/** The document's highlight rules, until `signal` aborts; then Tactful's highlights are removed too. */
export function installHighlightStyles(document: Document, signal: AbortSignal): void {
  const view = document.defaultView;
  if (!view || !('highlights' in view.CSS)) return;
  adoptHighlightStyles(document, signal);
  signal.addEventListener('abort', () => {
    for (const theme of themes) for (const severity of severities) view.CSS.highlights.delete(highlightName(severity, theme));
  });
}
