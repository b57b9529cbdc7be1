import { describe, expect, it } from 'vitest';
import { tagSentence } from './tag-sentence';

describe('tagSentence', () => {
  it('holds the tokens, one tag set per token and the set of normal forms', () => {
    const sentence = tagSentence("We didn't send it, we sent it");
    expect(sentence.tokens.map((token) => token.normal)).toEqual(['we', 'did', 'not', 'send', 'it', 'we', 'sent', 'it']);
    expect(sentence.tags).toHaveLength(sentence.tokens.length);
    expect([...sentence.words]).toEqual(['we', 'did', 'not', 'send', 'it', 'sent']);
    expect(sentence.tags[3]!.has('Infinitive')).toBe(true);
  });

  it('reads an empty sentence as no tokens', () => {
    expect(tagSentence('')).toEqual({ tokens: [], tags: [], words: new Set() });
  });
});
