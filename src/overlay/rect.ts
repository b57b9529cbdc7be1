/** A box in viewport coordinates (CSS pixels), as `getBoundingClientRect` gives it. */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

/** Where to draw a floating box: viewport coordinates, and how tall it may grow before it scrolls. */
export interface Placement {
  left: number;
  top: number;
  maxHeight: number;
}

/** Keeps floating boxes this far from the viewport's edges. */
export const viewportMargin = 8;

export function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}
