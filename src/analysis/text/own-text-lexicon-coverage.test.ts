import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findOwnText } from './find-own-text';
import messages from '../../../test/fixtures/own-text.json';

/*
 * Messages written apart from the lexicons, with the words their writer says now: deleting a quoted-history pattern
 * or a closing from `lexicons/text/` (its examples with it) makes one of them read differently, and the second part
 * checks that for every pattern and every closing in turn.
 */

const lexiconDir = join(import.meta.dirname, '..', '..', '..', 'lexicons', 'text');
const quotedHistory = JSON.parse(readFileSync(join(lexiconDir, 'quoted-history.json'), 'utf8')) as { patterns: Array<{ id: string }> };
const signOffs = JSON.parse(readFileSync(join(lexiconDir, 'sign-offs.json'), 'utf8')) as { closings: string[] };

type FindOwnText = typeof findOwnText;

const ownText = (find: FindOwnText, text: string): string =>
  find(text)
    .map(([start, end]) => text.slice(start, end))
    .join('');

describe('own text of the messages in test/fixtures/own-text.json', () => {
  it.each(messages)('$text', ({ text, own }) => expect(ownText(findOwnText, text)).toBe(own));
});

/** `findOwnText` read afresh with one lexicon file replaced. */
async function findOwnTextWith(file: string, data: unknown): Promise<FindOwnText> {
  vi.resetModules();
  vi.doMock(`../../../lexicons/text/${file}`, () => ({ default: data }));
  return (await import('./find-own-text')).findOwnText;
}

const misread = (find: FindOwnText) => messages.filter(({ text, own }) => ownText(find, text) !== own);

describe('every quoted-history pattern and every closing is needed by some message', () => {
  afterEach(() => {
    vi.doUnmock('../../../lexicons/text/quoted-history.json');
    vi.doUnmock('../../../lexicons/text/sign-offs.json');
  });

  it.each(quotedHistory.patterns.map((pattern) => pattern.id))('without the pattern %s', async (id) => {
    const find = await findOwnTextWith('quoted-history.json', { ...quotedHistory, patterns: quotedHistory.patterns.filter((pattern) => pattern.id !== id) });
    expect(misread(find).length, `no message needs ${id}: add one to test/fixtures/own-text.json`).toBeGreaterThan(0);
  });

  it.each(signOffs.closings)('without the closing %j', async (closing) => {
    const find = await findOwnTextWith('sign-offs.json', { ...signOffs, closings: signOffs.closings.filter((other) => other !== closing) });
    expect(misread(find).length, `no message needs "${closing}": add one to test/fixtures/own-text.json`).toBeGreaterThan(0);
  });
});
