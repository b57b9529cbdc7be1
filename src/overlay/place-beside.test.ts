import { describe, expect, it } from 'vitest';
import { placeBeside } from './place-beside';

const viewport = { width: 1100, height: 760 };
const editor = { left: 170, top: 211, right: 930, bottom: 411 };

describe('placeBeside', () => {
  it('puts the panel right of the editor when there is room', () => {
    const placed = placeBeside({ left: 100, top: 200, right: 600, bottom: 400 }, { width: 360, height: 500 }, viewport);
    expect(placed.left).toBe(608);
    expect(placed.top).toBe(200);
  });

  it('puts it left when only the left has room', () => {
    const placed = placeBeside({ left: 500, top: 100, right: 1000, bottom: 300 }, { width: 360, height: 300 }, viewport);
    expect(placed.left + 360).toBeLessThanOrEqual(500);
  });

  it('puts it below the editor when neither side has room, and never over the editor', () => {
    const placed = placeBeside(editor, { width: 360, height: 900 }, viewport);
    expect(placed.top).toBeGreaterThanOrEqual(editor.bottom);
    expect(placed.maxHeight).toBe(760 - 8 - (411 + 8));
    expect(placed.left + 360).toBeLessThanOrEqual(viewport.width);
  });

  it('puts it above the editor when below is too tight', () => {
    const low = { left: 170, top: 500, right: 930, bottom: 700 };
    const placed = placeBeside(low, { width: 360, height: 400 }, viewport);
    expect(placed.top + Math.min(400, placed.maxHeight)).toBeLessThanOrEqual(low.top);
  });
});
