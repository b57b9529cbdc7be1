/**
 * The parts of a message written now, by its author: without quoted history ("> ..." lines,
 * "On ... wrote:", forwarded and original-message blocks) and without the signature.
 * Returns UTF-16 ranges into the text, end exclusive.
 */
export function findOwnText(text: string): [start: number, end: number][] {
  const lines = splitLines(text);
  const ranges: [number, number][] = [];
  let endOfOwnText = lines.length;
  for (let i = 0; i < lines.length; i++) {
    if (startsHistory(lines, i)) {
      endOfOwnText = i;
      break;
    }
  }
  endOfOwnText = signatureStart(lines, endOfOwnText);
  for (let i = 0; i < endOfOwnText; i++) {
    const line = lines[i]!;
    if (/^\s*>/.test(line.text)) continue;
    const previous = ranges[ranges.length - 1];
    if (previous && previous[1] === line.start) previous[1] = line.end;
    else ranges.push([line.start, line.end]);
  }
  return ranges;
}

interface Line {
  text: string;
  start: number;
  /** Includes the line break. */
  end: number;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  for (const match of text.matchAll(/[^\n]*(?:\n|$)/g)) {
    if (match[0] === '' && match.index === text.length && lines.length > 0) break;
    lines.push({ text: match[0].replace(/\r?\n$/, ''), start: match.index, end: match.index + match[0].length });
    if (match[0] === '') break;
  }
  return lines;
}

const historyMarkers = [
  /^\s*-{2,}\s*(original message|forwarded message)\s*-{2,}\s*$/i,
  /^\s*begin forwarded message:?\s*$/i,
  /^\s*_{10,}\s*$/,
];

function startsHistory(lines: readonly Line[], index: number): boolean {
  const line = lines[index]!.text;
  if (historyMarkers.some((marker) => marker.test(line))) return true;
  // "On Tue, 3 Mar 2026 at 10:02, Dana <dana@example.com> wrote:", sometimes wrapped over two lines.
  if (/^\s*On\b.{4,200}\bwrote:\s*$/i.test(line)) return true;
  if (/^\s*On\b.{4,200}$/i.test(line) && /^.{0,120}\bwrote:\s*$/i.test(lines[index + 1]?.text ?? '')) return true;
  // An Outlook header block: "From: ..." followed closely by "Sent:" or "Date:".
  if (/^\s*From:\s*\S/i.test(line)) {
    return lines.slice(index + 1, index + 4).some((next) => /^\s*(Sent|Date|To|Subject):\s*/i.test(next.text));
  }
  return false;
}

const signOff = /^\s*((best|kind|warm|warmest|many)\s+(regards|wishes)|regards|best|thanks|thank you|many thanks|cheers|sincerely|yours sincerely|yours truly|all the best|take care|talk soon|respectfully)\s*[,.!]?\s*$/i;

/** Where the signature starts: a "-- " line, or a sign-off followed only by a few short lines (name, title). */
function signatureStart(lines: readonly Line[], end: number): number {
  for (let i = 0; i < end; i++) {
    if (/^--\s?$/.test(lines[i]!.text)) return i;
  }
  for (let i = Math.max(0, end - 6); i < end; i++) {
    if (!signOff.test(lines[i]!.text)) continue;
    const rest = lines.slice(i + 1, end).filter((line) => line.text.trim() !== '');
    if (rest.length <= 4 && rest.every((line) => line.text.trim().length <= 60)) return i;
  }
  return end;
}
