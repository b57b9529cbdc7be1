import { highlightName, severities, themes } from './highlight-names';
import { underlineColors, underlineStyles } from './underline-colors';

/**
 * `::highlight()` rules only apply from a stylesheet of the editor's own document, not from the overlay's
 * shadow root: this adopts one constructed sheet there (no node in the page's DOM) and removes it, and
 * Tactful's highlights, when `signal` aborts.
 */
export function installHighlightStyles(document: Document, signal: AbortSignal): void {
  const view = document.defaultView;
  if (!view || !('highlights' in view.CSS)) return;
  const sheet = new view.CSSStyleSheet();
  const rules = themes.flatMap((theme) =>
    severities.map(
      (severity) =>
        `::highlight(${highlightName(severity, theme)}) { text-decoration: underline ${underlineStyles[severity]} ${underlineColors[theme][severity]}; text-decoration-thickness: 2px; text-decoration-skip-ink: none; }`,
    ),
  );
  sheet.replaceSync(rules.join('\n'));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  signal.addEventListener('abort', () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((candidate) => candidate !== sheet);
    for (const theme of themes) for (const severity of severities) view.CSS.highlights.delete(highlightName(severity, theme));
  });
}
