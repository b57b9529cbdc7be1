import { describe, expect, it } from 'vitest';
import { placeCard } from './place-card';

const viewport = { width: 1100, height: 760 };

describe('placeCard', () => {
  const phrase = { left: 250, top: 222, right: 373, bottom: 244 };

  it('places the card under the phrase line', () => {
    const placed = placeCard(phrase, { width: 320, height: 180 }, viewport);
    expect(placed.top).toBeGreaterThan(phrase.bottom);
    expect(placed.left).toBe(250);
  });

  it('flips above the phrase near the bottom of the viewport', () => {
    const low = { left: 250, top: 700, right: 373, bottom: 722 };
    const placed = placeCard(low, { width: 320, height: 180 }, viewport);
    expect(placed.top + 180).toBeLessThan(low.top);
  });

  it('stays inside the viewport near its right edge', () => {
    const placed = placeCard({ left: 1000, top: 100, right: 1080, bottom: 120 }, { width: 320, height: 180 }, viewport);
    expect(placed.left + 320).toBeLessThanOrEqual(viewport.width - 8);
  });
});
