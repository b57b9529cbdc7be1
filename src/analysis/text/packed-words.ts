/**
 * A list of words as one short string: sorted, each word written as how many leading characters it shares with
 * the one before (one digit, 0 to 9) and the rest, separated by commas. Cheap to read back: no parsing beyond a split.
 */
export function packWords(words: Iterable<string>): string {
  const sorted = [...words].sort();
  let previous = '';
  return sorted
    .map((word) => {
      if (word.includes(',') || word === '') throw new Error(`cannot pack the word "${word}"`);
      let shared = 0;
      while (shared < 9 && shared < word.length - 1 && word[shared] === previous[shared]) shared++;
      previous = word;
      return `${shared}${word.slice(shared)}`;
    })
    .join(',');
}

export function unpackWords(packed: string): string[] {
  if (packed === '') return [];
  let previous = '';
  return packed.split(',').map((entry) => {
    previous = previous.slice(0, entry.charCodeAt(0) - 48) + entry.slice(1);
    return previous;
  });
}
