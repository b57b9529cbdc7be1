import { isDarkColor, parseRgb } from './is-dark-color';

export type Theme = 'light' | 'dark';

/**
 * Whether the editor sits on a dark or a light page, from what the agent sees: the first opaque background
 * behind the editor, else the colour of its text, else the browser's colour scheme.
 */
export function pageTheme(editor: HTMLElement): Theme {
  const view = editor.ownerDocument.defaultView;
  if (!view) return 'light';
  for (let element: Element | null = editor; element; element = element.parentElement) {
    const background = parseRgb(view.getComputedStyle(element).backgroundColor);
    if (background && background.a >= 0.5) return isDarkColor(background) ? 'dark' : 'light';
  }
  const text = parseRgb(view.getComputedStyle(editor).color);
  if (text) return isDarkColor(text) ? 'light' : 'dark';
  return view.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
