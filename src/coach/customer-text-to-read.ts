/** How much of the customer's message the coach reads: about 650 words, more than nearly any message a customer types. */
export const customerTextLimit = 4000;

/**
 * The part of the customer's message whose mood is read. A message longer than the limit is a pasted log or a whole
 * thread, and analysing all of it would freeze the page (about 2 s for 100,000 characters in Chromium): its opening
 * and its close, where customers put the complaint and the demand, are read, as two paragraphs.
 */
export function customerTextToRead(text: string): string {
  if (text.length <= customerTextLimit) return text;
  const half = customerTextLimit / 2;
  return `${text.slice(0, half)}\n\n${text.slice(text.length - half)}`;
}
