export interface Line {
  /** Without its line break. */
  text: string;
  /** UTF-16 offsets into the text, end exclusive. */
  start: number;
  /** Includes the line break. */
  end: number;
}

const lineWithBreak = /[^\n]*(?:\n|$)/g;
const lineBreak = /\r?\n$/;

/** The lines of a text, "\n" or "\r\n" ended; an empty text is one empty line. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  for (const match of text.matchAll(lineWithBreak)) {
    if (match[0] === '' && match.index === text.length && lines.length > 0) break;
    lines.push({ text: match[0].replace(lineBreak, ''), start: match.index, end: match.index + match[0].length });
    if (match[0] === '') break;
  }
  return lines;
}
