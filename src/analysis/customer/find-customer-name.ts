import { signOffLexicon } from '../text/text-lexicon';
import { maskQuotedHistory } from './mask-quoted-history';

const closing = new RegExp(
  String.raw`^(?:${[...signOffLexicon.closings]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => phrase.replace(/ /g, String.raw`\s+`))
    .join('|')})(?![\p{L}\p{N}])[\s,.!:;–—-]*(.*)$`,
  'iu',
);
const dashed = /^[-–—~]+\s*(.+)$/u;
/** A capitalised word with a lower-case letter ("Dana", "O'Neil"), or an initial ("J."): not "CUSTOMER". */
const nameWord = /^(?:\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*|\p{Lu}\.)$/u;
const notNames = new Set(signOffLexicon.notNames);
/** A sign-off sits at the very end: the name, and perhaps a company or a phone line below it. */
const signOffLines = 4;

/** The line as a name, or undefined when it is anything else ("The Acme Team", "Sent from my iPhone"). */
function asName(line: string): string | undefined {
  const words = line.replace(/[\s,.!]+$/u, '').split(/\s+/);
  if (words.length === 0 || words.length > signOffLexicon.maxNameWords) return undefined;
  const isName = words.every((word) => nameWord.test(word) && !notNames.has(word.toLowerCase()));
  return isName ? words.join(' ') : undefined;
}

/**
 * The name the customer signs with ("Thanks,\nDana" → "Dana"), so the reply can greet them by it; undefined
 * when the message has no sign-off with a name. Quoted history is skipped: its sign-offs are someone else's.
 */
export function findCustomerName(text: string): string | undefined {
  const paragraphs = maskQuotedHistory(text)
    .split(/(?:\r\n?|\n)[ \t]*(?:\r\n?|\n)\s*/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
  const lines = paragraphs.flatMap((paragraph) => paragraph.split(/\r\n?|\n/).map((line) => line.trim()));
  const first = Math.max(0, lines.length - signOffLines);
  for (let index = lines.length - 1; index >= first; index--) {
    const line = lines[index]!;
    const signOff = closing.exec(line);
    if (signOff) {
      const rest = signOff[1]!.trim();
      return rest !== '' ? asName(rest) : lines[index + 1] !== undefined ? asName(lines[index + 1]!) : undefined;
    }
    const dash = dashed.exec(line);
    if (dash && index >= lines.length - 2) return asName(dash[1]!);
  }
  // No closing: a name standing alone as the last paragraph ("…\n\nDana Whitfield").
  const last = paragraphs.at(-1);
  return paragraphs.length > 1 && last !== undefined && !/[\r\n]/.test(last) ? asName(last) : undefined;
}
