import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { compromiseWordTags } from './compromise-word-tags';
import data from './word-tags.json';
import type { VerbForm } from './word-tag-data';
import { infinitiveOf, lexiconTags, switchTags, tagParents } from './word-tags';

const world = nlp.world() as unknown as {
  model: { one: { lexicon: Record<string, string | string[]>; tagSet: Record<string, { parents: string[] }> }; two: { switches: Record<string, string> } };
  methods: { two: { transform: { verb: { toInfinitive(word: string, model: unknown, tense: string): string } } } };
};
const singleWords = Object.entries(world.model.one.lexicon).filter(([word]) => !word.includes(' '));

describe('word-tags.json', () => {
  it('is what the installed compromise gives (npx tsx scripts/write-word-tags.ts rewrites it)', () => {
    expect(data).toEqual(compromiseWordTags());
  });

  it('gives every single word of compromise’s lexicon its tags, and every switch', () => {
    const differing = singleWords.filter(([word, tags]) => (lexiconTags(word) ?? []).join('+') !== (typeof tags === 'string' ? tags : tags.join('+')));
    expect(differing).toEqual([]);
    expect(lexiconTags('zorbled')).toBeUndefined();
    expect(Object.entries(world.model.two.switches).filter(([word, tags]) => !word.includes(' ') && switchTags(word) !== tags)).toEqual([]);
  });

  it('gives every tag its parents', () => {
    for (const [tag, { parents }] of Object.entries(world.model.one.tagSet)) expect(tagParents(tag)).toEqual(parents ?? []);
    expect(tagParents('NoSuchTag')).toEqual([]);
  });

  it('turns verb forms into infinitives as compromise does, for known and unknown words', () => {
    const forms: VerbForm[] = ['PastTense', 'PresentTense', 'Gerund', 'Participle'];
    const unknown = ['zorbled', 'zorbling', 'zorbles', 'blorfed', 'unclogged', 'emailed', 'pinged', 'escalating', 'was', 'been'];
    const words = [...singleWords.map(([word]) => word).filter((word) => /^[a-z]+$/.test(word)), ...unknown];
    const differing = forms.flatMap((form) =>
      words.filter((word) => infinitiveOf(word, form) !== world.methods.two.transform.verb.toInfinitive(word, world.model, form)).map((word) => `${form} ${word}`),
    );
    expect(differing).toEqual([]);
  });
});
