/**
 * Text in quotation marks or backticks: an error message, a label on screen, the customer's words. A single quote
 * opens only after a space or bracket and closes only before one, so apostrophes ("can't", "Swift's") are not quotes.
 */
const quoted = /“[^”]*”|"[^"]*"|`[^`]*`|(?<![\p{L}\p{N}])['‘](?:[^'‘’]|(?<=\p{L})['’](?=\p{L}))+['’](?![\p{L}\p{N}])/gu;
const quoteMark = /["“`'‘]/;

/** Spans of quoted text, quotation marks included. */
export function findQuotedSpans(text: string): Array<[start: number, end: number]> {
  // Most sentences quote nothing: a search is cheaper than collecting no matches.
  if (text.search(quoteMark) === -1) return [];
  return [...text.matchAll(quoted)].map((match) => [match.index, match.index + match[0].length]);
}
