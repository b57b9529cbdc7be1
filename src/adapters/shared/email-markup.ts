/**
 * Email markup that is not the writer's new words, as mail clients and help desks produce it. Ids are matched by
 * suffix because some readers prefix them (Outlook shows a received "divRplyFwdMsg" as "x_divRplyFwdMsg").
 */

/** Where quoted history starts: the element and everything after it in the message is earlier mail. */
export const historyStartSelector = ['.gmail_quote', '[id$="divRplyFwdMsg"]', '[id$="appendonsend"]', '.moz-cite-prefix', '.yahoo_quoted'].join(',');

/** Quoted passages that may sit between the writer's own lines. */
export const quoteSelector = ['blockquote', '.moz-cite-prefix'].join(',');

/** Signatures mail clients mark as such. */
export const signatureSelector = ['.gmail_signature', '[id$="Signature"]', '[id$="signature"]', '.moz-signature', '[data-signature]'].join(',');
