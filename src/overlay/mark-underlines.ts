/** The User Timing mark the overlay sets each time it has put a reply box's underlines in place. */
export const underlinesMark = 'tactful:underlines';

/**
 * Marks the moment the underlines match the draft just analysed, for `npm run bench:browser` (and anyone
 * profiling in DevTools): a content script's marks land in the page's own performance timeline, so a page
 * can observe them with a PerformanceObserver of type 'mark'. The previous mark is cleared first, so a long
 * session keeps one entry, not one per keystroke; observers still receive every mark. Costs a few
 * microseconds per update.
 */
export function markUnderlines(): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  performance.clearMarks(underlinesMark);
  performance.mark(underlinesMark);
}
