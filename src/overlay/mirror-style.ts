import { cssZoom } from './css-zoom';

/** The properties that decide where a textarea's characters fall: the mirror copies each of them. */
const copied = [
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'fontVariant',
  'fontStretch',
  'fontKerning',
  'fontFeatureSettings',
  'fontVariationSettings',
  'letterSpacing',
  'wordSpacing',
  'lineHeight',
  'textTransform',
  'textIndent',
  'textAlign',
  'textRendering',
  'tabSize',
  'direction',
  'wordBreak',
  'overflowWrap',
  'hyphens',
  'paddingTop',
  'paddingLeft',
  'paddingBottom',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
] as const;

/**
 * Inline styles for an element laid over a textarea that wraps its text exactly as the textarea does: same
 * box, font, spacing and padding, with the textarea's scrollbar added to the right padding so that lines
 * break at the same width.
 */
export function mirrorStyle(textarea: HTMLTextAreaElement, box: DOMRect): Record<string, string> {
  const computed = (textarea.ownerDocument.defaultView ?? window).getComputedStyle(textarea);
  const style: Record<string, string> = {};
  for (const property of copied) style[property] = computed[property];
  const borderX = Number.parseFloat(computed.borderLeftWidth) + Number.parseFloat(computed.borderRightWidth);
  const scrollbar = Math.max(0, textarea.offsetWidth - textarea.clientWidth - borderX);
  style.paddingRight = `${Number.parseFloat(computed.paddingRight) + scrollbar}px`;
  style.borderStyle = 'solid';
  style.borderColor = 'transparent';
  // CSS zoom on the page scales the textarea's box but not its computed font: the mirror takes the same zoom
  // (the overlay itself is unzoomed), and so its lengths are given unzoomed.
  const zoom = cssZoom(textarea);
  style.zoom = String(zoom);
  style.left = `${box.left / zoom}px`;
  style.top = `${box.top / zoom}px`;
  style.width = `${box.width / zoom}px`;
  style.height = `${box.height / zoom}px`;
  style.whiteSpace = computed.whiteSpace === 'pre' ? 'pre' : 'pre-wrap';
  return style;
}

