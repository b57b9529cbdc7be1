import { describe, expect, it } from 'vitest';
import toneJson from '../../../lexicons/tone.json';
import { toneLexiconSchema } from './tone-lexicon-schema';

const lexicon = toneLexiconSchema.parse(toneJson);

describe('lexicons/tone.json', () => {
  it('matches the schema', () => {
    expect(toneLexiconSchema.safeParse(toneJson).success).toBe(true);
  });

  it('has unique strategy ids and neutral words', () => {
    const ids = lexicon.strategies.map((strategy) => strategy.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(lexicon.neutralWords).size).toBe(lexicon.neutralWords.length);
  });

  describe.each(lexicon.strategies)('$id', (strategy) => {
    const pattern = new RegExp(strategy.patterns.join('|'), strategy.caseSensitive === true ? '' : 'i');
    it.each(strategy.examples.match)('matches %j', (example) => {
      expect(pattern.test(example)).toBe(true);
    });
    it.each(strategy.examples.noMatch)('does not match %j', (example) => {
      expect(pattern.test(example)).toBe(false);
    });
  });
});
