import { describe, expect, it } from 'vitest';
import { tagWords, toInfinitive } from './tag-words';
import { tagSentence } from './tag-sentence';
import { tokenize } from './tokenize';
import { tokenClasses } from './text-lexicon';

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

describe('token-classes.json examples', () => {
  const tagOf = (text: string, word: string): ReadonlySet<string> => {
    const tokens = tokenize(text);
    const index = tokens.findIndex((token) => token.normal === word.toLowerCase() || token.text.toLowerCase() === word.toLowerCase());
    expect(index, `"${word}" is a word of "${text}"`).not.toBe(-1);
    return tagWords(tokens)[index]!;
  };
  it.each(tokenClasses.examples.match)('$word in $text is #$tag', ({ text, word, tag }) => expect(tagOf(text, word).has(tag)).toBe(true));
  it.each(tokenClasses.examples.noMatch)('$word in $text is not #$tag', ({ text, word, tag }) => expect(tagOf(text, word).has(tag)).toBe(false));
});

describe('toInfinitive', () => {
  it('turns a past tense or gerund into the infinitive and leaves other words alone', () => {
    expect(toInfinitive('attached')).toBe('attach');
    expect(toInfinitive('sending')).toBe('send');
    expect(toInfinitive('table')).toBe('table');
  });
});

/** The words of the text that carry the tag. */
function tagged(text: string, tag: string): string[] {
  const sentence = tagSentence(text);
  return sentence.tokens.flatMap((token, i) => (sentence.tags[i]!.has(tag) ? [token.text] : []));
}

describe('product tags', () => {
  it('#Count: digits, decimals and count words', () => {
    expect(tagged('5 times, 4.5 hours, several calls, one call, 3rd time, 2hrs', 'Count')).toEqual(['5', '4.5', 'several']);
  });

  it('#Nth: ordinals from second on', () => {
    expect(tagged('the 1st, 2nd, 11th, first, third and umpteenth time', 'Nth')).toEqual(['2nd', '11th', 'third', 'umpteenth']);
  });

  it('#TimeCount: a number run together with a unit of time', () => {
    expect(tagged('on hold 2hrs, then 45min, 1.5hrs, 3 hours, UA1157 and 10m', 'TimeCount')).toEqual(['2hrs', '45min', '1.5hrs']);
  });

  it('#Masked, #Emoticon, #Emoji and #HashTag', () => {
    expect(tagged('what the f*** is this sh*t', 'Masked')).toEqual(['f***', 'sh*t']);
    const symbolTags = (text: string, tag: string) => {
      const tokens = tokenize(text, { symbols: true });
      const tags = tagWords(tokens);
      return tokens.flatMap((token, i) => (tags[i]!.has(tag) ? [token.text] : []));
    };
    expect(symbolTags('late :( again :-/', 'Emoticon')).toEqual([':(', ':-/']);
    expect(symbolTags('late 😡 again', 'Emoji')).toEqual(['😡']);
    expect(tagged('so #fail today', 'HashTag')).toEqual(['fail']);
  });

  it('keeps compromise tags beside them', () => {
    expect(tagged('the second time', 'Ordinal')).toEqual(['second']);
    expect(tagged('5 days', 'Value')).toEqual(['5']);
  });
});
