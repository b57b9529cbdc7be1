/** A CSS colour as `getComputedStyle` reports it (rgb/rgba), or null for anything else or fully transparent. */
export function parseRgb(color: string): { r: number; g: number; b: number; a: number } | null {
  const match = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(color.trim());
  if (!match) return null;
  const alphaText = match[4];
  const a = alphaText === undefined ? 1 : alphaText.endsWith('%') ? Number.parseFloat(alphaText) / 100 : Number.parseFloat(alphaText);
  if (a === 0) return null;
  return { r: Number(match[1]), g: Number(match[2]), b: Number(match[3]), a };
}

/** WCAG relative luminance of an sRGB colour, 0 (black) to 1 (white). */
export function luminance({ r, g, b }: { r: number; g: number; b: number }): number {
  const channel = (value: number): number => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** Whether a background reads as dark: black text on it would have less contrast than white text. */
export function isDarkColor(color: { r: number; g: number; b: number }): boolean {
  const l = luminance(color);
  return (1 + 0.05) / (l + 0.05) > (l + 0.05) / 0.05;
}
