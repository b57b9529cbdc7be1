import { describe, expect, it } from 'vitest';
import { placeBadge } from './place-badge';

const viewport = { width: 1100, height: 760 };
const editor = { left: 170, top: 211, right: 930, bottom: 411 };

describe('placeBadge', () => {
  it('sits outside the editor corner when there is room, over no text', () => {
    expect(placeBadge(editor, { width: 48, height: 26 }, viewport)).toEqual({ left: 936, top: 385 });
  });

  it('moves inside the corner when the editor reaches the viewport edge', () => {
    const wide = { left: 0, top: 0, right: 1100, bottom: 300 };
    const placed = placeBadge(wide, { width: 48, height: 26 }, viewport);
    expect(placed.left + 48).toBeLessThanOrEqual(1100);
    expect(placed.top + 26).toBeLessThanOrEqual(300);
  });
});

describe('placeBadge beside the page’s own controls', () => {
  const badge = { width: 48, height: 26 };
  /** A Send button at the box's bottom-right corner, outside it, as chat composers draw it. */
  const send = { left: 936, top: 371, right: 1000, bottom: 411 };
  const overlaps = (a: { left: number; top: number; right: number; bottom: number }, b: typeof a) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  const freeOf = (...controls: Array<typeof send>) => (spot: typeof send) => !controls.some((control) => overlaps(spot, control));

  it('moves off a Send button beside the corner, to the top-right corner', () => {
    const placed = placeBadge(editor, badge, viewport, freeOf(send));
    expect(overlaps({ ...placed, right: placed.left + 48, bottom: placed.top + 26 }, send)).toBe(false);
    expect(placed).toEqual({ left: 936, top: 211 });
  });

  it('moves off a Send button inside the corner of a box reaching the viewport edge', () => {
    const wide = { left: 0, top: 100, right: 1100, bottom: 300 };
    const inside = { left: 1020, top: 262, right: 1092, bottom: 296 };
    const placed = placeBadge(wide, badge, viewport, freeOf(inside));
    expect(overlaps({ ...placed, right: placed.left + 48, bottom: placed.top + 26 }, inside)).toBe(false);
    expect(placed.left + 48).toBeLessThanOrEqual(1100);
  });

  it('stays at the corner when no spot is free', () => {
    expect(placeBadge(editor, badge, viewport, () => false)).toEqual({ left: 936, top: 385 });
  });
});
