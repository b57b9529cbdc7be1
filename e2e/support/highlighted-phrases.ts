import type { Frame, Page } from 'playwright-core';

/** The text of every range in the coach's highlights (CSS Custom Highlight API, named `tactful-*`) of a frame, sorted. */
export function highlightedPhrases(frame: Page | Frame): Promise<string[]> {
  return frame.evaluate(() =>
    [...CSS.highlights.entries()]
      .filter(([name]) => name.startsWith('tactful-'))
      .flatMap(([, highlight]) => [...highlight].map((range) => range.toString()))
      .sort(),
  );
}
