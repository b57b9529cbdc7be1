import { describe, expect, it } from 'vitest';
import { packWords, unpackWords } from './packed-words';

describe('packWords', () => {
  it('writes each word by what it shares with the one before and reads them back sorted', () => {
    const words = ['sending', 'send', 'a', 'sent', "don't", 'abcdefghijklmnop', 'abcdefghijklmnopq', '4th', 'café'];
    const packed = packWords(words);
    expect(packed.startsWith('04th,')).toBe(true);
    expect(unpackWords(packed)).toEqual([...words].sort());
  });

  it('keeps a word that is a prefix of the next one whole', () => {
    expect(unpackWords(packWords(['be', 'b', 'bee']))).toEqual(['b', 'be', 'bee']);
  });

  it('refuses a word it could not read back', () => {
    expect(() => packWords(['a,b'])).toThrow(/cannot pack/);
    expect(unpackWords('')).toEqual([]);
  });
});
