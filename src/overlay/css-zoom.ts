/** The element's effective CSS zoom, ancestors' included (Chromium 128+ reports it); 1 where the browser does not. */
export function cssZoom(element: Element): number {
  return (element as Element & { currentCSSZoom?: number }).currentCSSZoom ?? 1;
}
