import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findQuotedHistory, linePatterns, Lines, matchesAt, type LinePattern } from './find-quoted-history';
import { quotedHistoryLexicon } from './text-lexicon';
import { textLexiconSchemas } from './text-lexicon-schema';

const lexiconDir = join(import.meta.dirname, '..', '..', '..', 'lexicons', 'text');
const files = readdirSync(lexiconDir).filter((file) => file.endsWith('.json'));

describe('text lexicon files', () => {
  it('are all there', () => {
    expect(files.sort()).toEqual(Object.keys(textLexiconSchemas).sort());
  });

  it.each(files)('%s matches its schema', (file) => {
    const result = textLexiconSchemas[file]!.safeParse(JSON.parse(readFileSync(join(lexiconDir, file), 'utf8')));
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });
});

/** Whether the pattern matches at some line of the example. */
function matchesIn(pattern: LinePattern, example: string): boolean {
  const lines = new Lines(example.split('\n'));
  return lines.texts.some((_, index) => matchesAt(pattern, lines, index));
}

describe('quoted history patterns', () => {
  for (const data of quotedHistoryLexicon.patterns) {
    const pattern = linePatterns.find((compiled) => compiled.id === data.id)!;
    const others = linePatterns.filter((other) => other !== pattern);
    it.each(data.examples.match)(`${data.id} matches %j`, (example) => expect(matchesIn(pattern, example)).toBe(true));
    it.each(data.examples.noMatch)(`${data.id} does not match %j`, (example) => expect(matchesIn(pattern, example)).toBe(false));
    // So that deleting any pattern fails a test: some example of it is matched by no other pattern.
    it(`${data.id} has an example no other pattern matches`, () => {
      const own = data.examples.match.filter((example) => !others.some((other) => matchesIn(other, example)));
      expect(own, `every example of ${data.id} is also matched by another pattern`).not.toEqual([]);
    });
  }
});

describe('findQuotedHistory', () => {
  it('ends the own words at the first line of history or signature, and lists quoted lines before it', () => {
    expect(findQuotedHistory(['Hi', '> old', 'More', '-- ', 'Alex', '> older'])).toEqual({ end: 3, quoted: [1] });
    expect(findQuotedHistory(['Hi', 'On Mon, 3 Jun 2024, Dana wrote:', '> old'])).toEqual({ end: 1, quoted: [] });
  });

  it('reads a message without history as all its own', () => {
    expect(findQuotedHistory(['Hi Dana,', 'It is fixed.'])).toEqual({ end: 2, quoted: [] });
    expect(findQuotedHistory([''])).toEqual({ end: 1, quoted: [] });
  });

  it('reads a line by its tokens, punctuation marks included, whatever the spaces and case', () => {
    expect(findQuotedHistory(['Hi', '  >> old']).quoted).toEqual([1]);
    expect(findQuotedHistory(['Hi', 'FROM : Acme', 'SENT: Monday']).end).toBe(1);
    expect(findQuotedHistory(['Hi', '  --  ']).end).toBe(1);
    expect(findQuotedHistory(['Hi', '---', '- - -']).end).toBe(3);
  });

  it('needs the second line of a two-line pattern within its reach', () => {
    expect(findQuotedHistory(['From: Acme', 'To: Dana', 'Subject: refund', 'Cc: billing', 'Sent: Monday']).end).toBe(5);
    expect(findQuotedHistory(['From: Acme', 'To: Dana', 'Subject: refund', 'Sent: Monday']).end).toBe(0);
  });
});
