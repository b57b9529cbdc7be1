import { describe, expect, it } from 'vitest';
import { compilePatterns, findMatches, longestMatchAt, readCustomerText, writtenWordCount } from './customer-text';

describe('readCustomerText', () => {
  it('splits the message into sentences at the tokens’ sentence breaks, line breaks included', () => {
    const text = readCustomerText('Still waiting. Nobody called; again\nthanks');
    expect(text.sentences.map(({ first, sentence }) => [first, sentence.tokens.map((token) => token.normal).join(' ')])).toEqual([
      [0, 'still waiting'],
      [2, 'nobody called'],
      [4, 'again'],
      [5, 'thanks'],
    ]);
  });

  it('counts words as written: a contraction once, the parts of a hyphenated word each', () => {
    expect(writtenWordCount(readCustomerText("I can't log in to the cash-only till").tokens)).toBe(9);
  });
});

describe('findMatches', () => {
  it('gives matches as token indices into the whole message, never across a sentence', () => {
    const index = compilePatterns([['still waiting', 'wait'] as [string, string], ['called again', 'again']]);
    const matches = findMatches(index, readCustomerText('I called. Again I am still waiting'));
    expect(matches.map(({ payload, first, end }) => [payload, first, end])).toEqual([['wait', 5, 7]]);
  });

  it('keeps the longest match at each start, the one listed first among equals', () => {
    const index = compilePatterns([['(call|calls)', 'first'] as [string, string], ['(called|call)', 'second'], ['call back', 'longer']]);
    const longest = longestMatchAt(index, readCustomerText('call me, call back'));
    expect([...longest].map(([at, match]) => [at, match.payload])).toEqual([[0, 'first'], [2, 'longer']]);
  });
});
