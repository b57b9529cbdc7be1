import { describe, expect, it } from 'vitest';
import { compilePhrases, parsePattern } from './phrase-pattern';
import { tokenizeCustomer } from './tokenize-customer';

function matches(pattern: string, text: string): string[] {
  const matcher = compilePhrases([[pattern, pattern]]);
  const tokens = tokenizeCustomer(text);
  return tokens.flatMap((_, i) =>
    matcher.matchAt(tokens, i).map((match) => text.slice(tokens[match.first]!.start, tokens[match.end - 1]!.end)),
  );
}

describe('phrase patterns', () => {
  it('matches alternatives and whole words only', () => {
    expect(matches('close|cancel my account', 'Please CANCEL my account.')).toEqual(['CANCEL my account']);
    expect(matches('sue', 'Pursue it. Sue from sales.')).toEqual(['Sue']);
    expect(matches('sue', 'pursue')).toEqual([]);
  });

  it('expands optional tokens', () => {
    expect(matches('for the? #ord time', 'for third time, for the 4th time')).toEqual(['for third time', 'for the 4th time']);
  });

  it('reads counts, ordinals from second on and masked words', () => {
    expect(matches('#num times', 'five times and 12 times')).toEqual(['five times', '12 times']);
    expect(matches('#ord time', 'the 1st time, the 2nd time, the first time')).toEqual(['2nd time']);
    expect(matches('#masked', 'what the f*** is this sh*t')).toEqual(['f***', 'sh*t']);
  });

  it('reads numbers run together with a unit of time', () => {
    expect(matches('#duration', 'on hold 2hrs, then 45min, then 3 hours')).toEqual(['2hrs', '45min']);
    expect(matches('#duration', 'the 3rd try on UA1157 at 10m')).toEqual([]);
  });

  it('matches any one word with *', () => {
    expect(matches('need * today', 'I need it today')).toEqual(['need it today']);
  });

  it('does not run across the end of a sentence', () => {
    expect(matches('still waiting', 'I am still. Waiting is fine.')).toEqual([]);
  });

  it('rejects patterns it cannot read', () => {
    expect(() => parsePattern('Cancel')).toThrow();
    expect(() => parsePattern('maybe?')).not.toThrow();
    expect(() => compilePhrases([['maybe?', 1]])).toThrow(/can match nothing/);
    expect(() => parsePattern('  ')).toThrow();
  });
});
