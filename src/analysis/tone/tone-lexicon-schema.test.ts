import { describe, expect, it } from 'vitest';
import toneJson from '../../../lexicons/tone.json';
import { tagSentence } from '../text/tag-sentence';
import { sentenceToneFeatures } from './sentence-tone-features';
import { toneLexiconSchema } from './tone-lexicon-schema';

const lexicon = toneLexiconSchema.parse(toneJson);

describe('lexicons/tone.json', () => {
  it('matches the schema', () => {
    expect(toneLexiconSchema.safeParse(toneJson).success).toBe(true);
  });

  it('rejects a pattern the pattern language cannot read', () => {
    const broken = structuredClone(toneJson) as { strategies: Array<{ patterns?: string[] }> };
    broken.strategies[0]!.patterns = ['(thanks|'];
    expect(toneLexiconSchema.safeParse(broken).success).toBe(false);
  });

  it('has unique strategy ids and neutral words', () => {
    const ids = lexicon.strategies.map((strategy) => strategy.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(lexicon.neutralWords).size).toBe(lexicon.neutralWords.length);
  });

  // Each example is read as the engine reads a sentence: tokenized, tagged, exceptions and sentence kind applied.
  describe.each(lexicon.strategies)('$id', (strategy) => {
    it.each(strategy.examples.match)('matches %j', (example) => {
      expect(sentenceToneFeatures(example, tagSentence(example)).strategies).toContain(strategy.id);
    });
    it.each(strategy.examples.noMatch)('does not match %j', (example) => {
      expect(sentenceToneFeatures(example, tagSentence(example)).strategies).not.toContain(strategy.id);
    });
  });
});
