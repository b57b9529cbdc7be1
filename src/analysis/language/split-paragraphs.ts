const paragraphBreak = /\n[^\S\n]*\n\s*/g;
const hasLetter = /\p{L}/u;

/** The paragraphs of `text[from, to)` that have a letter, split at blank lines, as offsets into `text`. */
export function splitParagraphs(text: string, from = 0, to = text.length): [start: number, end: number][] {
  const paragraphs: [number, number][] = [];
  const part = text.slice(from, to);
  let start = 0;
  const push = (end: number) => {
    if (hasLetter.test(part.slice(start, end))) paragraphs.push([from + start, from + end]);
  };
  for (const match of part.matchAll(paragraphBreak)) {
    push(match.index);
    start = match.index + match[0].length;
  }
  push(part.length);
  return paragraphs;
}
