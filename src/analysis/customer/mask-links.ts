/*
 * Links, e-mail addresses and @handles are not words the customer chose: "@USAirways" is not shouting and a
 * tracking URL holds no mood.
 */
const LINK = /\b(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@\w+/g;

/** Blanks out links, e-mail addresses and @handles, keeping every offset in place. */
export function maskLinks(text: string): string {
  return text.replace(LINK, (link) => ' '.repeat(link.length));
}
