import { describe, expect, it } from 'vitest';
import { tagWords, toInfinitive } from './tag-words';
import { tokenize } from './tokenize';

const tagsOf = (text: string) => tagWords(tokenize(text));

describe('tagWords', () => {
  it('gives each token its lexicon tags with their parents', () => {
    const [we, sent, the, parcel] = tagsOf('we sent the parcel');
    expect(we!.has('Pronoun')).toBe(true);
    expect(sent!.has('PastTense') && sent!.has('Verb')).toBe(true);
    expect(the!.has('Determiner')).toBe(true);
    expect(parcel!.has('Noun')).toBe(true);
  });

  it('reads a word that can be a verb as an infinitive after "to", a modal or "please"', () => {
    expect(tagsOf('please check the cable')[1]!.has('Infinitive')).toBe(true);
    expect(tagsOf('to select')[1]!.has('Infinitive')).toBe(true);
    expect(tagsOf('the check arrived')[1]!.has('Infinitive')).toBe(false);
  });

  it('guesses tags from the form of words the lexicon does not know', () => {
    const [zorbled, number, zorbling, blorf] = tagsOf('zorbled 4821 zorbling blorf');
    expect(zorbled!.has('PastTense')).toBe(true);
    expect(number!.has('Value')).toBe(true);
    expect(zorbling!.has('Gerund')).toBe(true);
    expect(blorf!.has('Noun')).toBe(true);
  });

  it('reads a participle the lexicon lists as an adjective as a past tense too', () => {
    const updated = tagsOf('you updated it')[1]!;
    expect(updated.has('Adjective') && updated.has('PastTense')).toBe(true);
  });
});

describe('toInfinitive', () => {
  it('turns a past tense or gerund into the infinitive and leaves other words alone', () => {
    expect(toInfinitive('attached')).toBe('attach');
    expect(toInfinitive('sending')).toBe('send');
    expect(toInfinitive('table')).toBe('table');
  });
});
