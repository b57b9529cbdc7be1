import { findQuotedHistory } from '../text/find-quoted-history';
import { splitLines } from '../text/split-lines';

/**
 * Blanks out earlier messages quoted in the customer's reply and their signature, by the patterns of
 * `lexicons/text/quoted-history.json`: they are not what the customer says now. The result has the same length
 * as the text.
 */
export function maskQuotedHistory(text: string): string {
  const lines = splitLines(text);
  const { end, quoted } = findQuotedHistory(lines.map((line) => line.text));
  if (end === lines.length && quoted.length === 0) return text;
  let masked = '';
  let from = 0;
  for (const index of quoted) {
    const line = lines[index]!;
    masked += text.slice(from, line.start) + blank(text.slice(line.start, line.end));
    from = line.end;
  }
  const historyStart = end < lines.length ? lines[end]!.start : text.length;
  return masked + text.slice(from, historyStart) + blank(text.slice(historyStart));
}

/** Spaces for everything but line breaks, so offsets and sentence ends stay where they were. */
function blank(text: string): string {
  return text.replace(/[^\n]/g, ' ');
}
