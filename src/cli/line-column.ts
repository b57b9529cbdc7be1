export interface LineColumn {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units like the engine's offsets and like VS Code, so `file:line:column` links land right. */
  column: number;
}

/**
 * Turns UTF-16 offsets into lines and columns. "\n", "\r\n" and a lone "\r" each end a line, as editors
 * count them. The line starts are found once, so a report with many findings stays linear.
 */
export function createLineLocator(text: string): (offset: number) => LineColumn {
  const lineStarts = [0];
  for (const match of text.matchAll(/\r\n?|\n/g)) lineStarts.push(match.index + match[0].length);

  return (offset) => {
    // The last line start at or before the offset.
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (lineStarts[low] as number) + 1 };
  };
}
