import { describe, expect, it } from 'vitest';
import { findOwnText } from './find-own-text';
import { signOffLexicon } from './text-lexicon';

function ownText(text: string): string {
  return findOwnText(text)
    .map(([start, end]) => text.slice(start, end))
    .join('');
}

describe('findOwnText', () => {
  it('keeps a message without history or signature whole, in one range', () => {
    const text = 'Hi Dana,\n\nYour refund is on its way.\nIt takes three days.';
    expect(findOwnText(text)).toEqual([[0, text.length]]);
    expect(findOwnText('')).toEqual([[0, 0]]);
  });

  it('leaves out quoted lines between the agent’s own, with exact offsets', () => {
    const text = 'You wrote:\n> It is broken.\nWe fixed it.';
    expect(findOwnText(text)).toEqual([
      [0, 11],
      [27, 39],
    ]);
    expect(ownText(text)).toBe('You wrote:\nWe fixed it.');
  });

  it('stops at quoted history, in every form the lexicon knows', () => {
    expect(ownText('It is fixed.\n\nOn Mon, 3 Jun 2024 at 10:02, Dana <dana@example.com> wrote:\n> Still broken!')).toBe('It is fixed.\n\n');
    expect(ownText('It is fixed.\nOn Tue, Jan 9, 2024 at 4:15 PM Dana <dana@example.com>\nwrote:\nYou are useless.')).toBe('It is fixed.\n');
    expect(ownText('It is fixed.\nVon: Dana\nGesendet: Montag\nBetreff: Kaputt')).toBe('It is fixed.\n');
    expect(ownText('It is fixed.\n-----Original Message-----\nYou are useless.')).toBe('It is fixed.\n');
    expect(ownText('See below.\nBegin forwarded message:\nFrom: Dana')).toBe('See below.\n');
  });

  it('stops at the signature: a delimiter, a device line, or a sign-off with a few short lines under it', () => {
    expect(ownText('It is fixed.\n-- \nAlex\nAcme Support')).toBe('It is fixed.\n');
    expect(ownText('It is fixed.\nSent from my iPhone')).toBe('It is fixed.\n');
    expect(ownText('It is fixed.\n\nBest regards,\nAlex\nAcme Support\n\nOn Mon, Dana wrote:\n> Help')).toBe('It is fixed.\n\n');
  });

  it('keeps a sign-off word that opens a longer text, and "thanks" in a sentence', () => {
    const long = 'Thanks!\nWe found the fault in the billing system that charged you twice last month and refunded it.';
    expect(ownText(long)).toBe(long);
    expect(ownText('It is fixed. Thanks for waiting.\nAlex')).toBe('It is fixed. Thanks for waiting.\nAlex');
  });

  it('handles Windows line ends', () => {
    expect(ownText('It is fixed.\r\n-- \r\nAlex')).toBe('It is fixed.\r\n');
  });

  const { signature } = signOffLexicon.examples;
  it.each(signature.match.map((example) => [example.text, example.ownText]))('reads the signature of %j', (text, own) => expect(ownText(text)).toBe(own));
  it.each(signature.noMatch)('reads no signature in %j', (text) => expect(ownText(text)).toBe(text));
});
