import { describe, expect, it } from 'vitest';
import { tokenizeCustomer } from './tokenize-customer';

describe('tokenizeCustomer', () => {
  it('gives UTF-16 offsets into the text', () => {
    const text = '😡 I can’t log in — again!';
    for (const token of tokenizeCustomer(text)) expect(text.slice(token.start, token.end)).toBe(token.raw);
    expect(tokenizeCustomer(text).map((token) => token.norm)).toEqual(['😡', 'i', "can't", 'log', 'in', 'again']);
  });

  it('keeps masked profanity, emoticons and hashtags whole', () => {
    const tokens = tokenizeCustomer('f***ing app :-((( #epicfail at 7:30');
    expect(tokens.map((token) => token.norm)).toEqual(['f***ing', 'app', ':(', 'epicfail', 'at', '7', '30']);
    expect(tokens.find((token) => token.norm === 'epicfail')?.hashtag).toBe(true);
  });

  it('marks sentence and clause breaks before a token', () => {
    const tokens = tokenizeCustomer('Not good, but fine. Next');
    expect(tokens.map((token) => [token.norm, token.clauseBreak, token.sentenceBreak])).toEqual([
      ['not', false, false],
      ['good', false, false],
      ['but', true, false],
      ['fine', false, false],
      ['next', true, true],
    ]);
  });
});
