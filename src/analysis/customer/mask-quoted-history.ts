import { quotedHistoryLexicon } from './customer-lexicon';

const historyStart = new RegExp(quotedHistoryLexicon.historyStarts.map((start) => `(?:${start.pattern})`).join('|'), 'mi');
const quoteLine = new RegExp(`^[ \\t]*${escapeRegExp(quotedHistoryLexicon.quoteLinePrefix)}[^\\n]*`, 'gm');

/**
 * Blanks out earlier messages quoted in the customer's reply (quoted lines, "On ... wrote:" and what follows,
 * forwarded blocks): they are not what the customer says now. The result has the same length as the text.
 */
export function maskQuotedHistory(text: string): string {
  let masked = text;
  const history = historyStart.exec(masked);
  if (history) masked = masked.slice(0, history.index) + blank(masked.slice(history.index));
  if (!masked.includes(quotedHistoryLexicon.quoteLinePrefix)) return masked;
  return masked.replace(quoteLine, blank);
}

/** Spaces for everything but line breaks, so offsets and sentence ends stay where they were. */
function blank(text: string): string {
  return text.replace(/[^\n]/g, ' ');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
