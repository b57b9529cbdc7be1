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
