import { clamp, viewportMargin, type Placement, type Rect, type Size } from './rect';

const gap = 6;

/**
 * Places the card under the flagged phrase, or over it when there is more room there: never on the
 * phrase's own lines, which are the lines the agent is typing in.
 */
export function placeCard(phrase: Rect, card: Size, viewport: Size): Placement {
  const left = clamp(phrase.left, viewportMargin, viewport.width - viewportMargin - card.width);
  const below = viewport.height - viewportMargin - (phrase.bottom + gap);
  const above = phrase.top - gap - viewportMargin;
  if (below >= card.height || below >= above) return { left, top: phrase.bottom + gap, maxHeight: Math.max(below, 0) };
  const height = Math.min(card.height, above);
  return { left, top: phrase.top - gap - height, maxHeight: above };
}
