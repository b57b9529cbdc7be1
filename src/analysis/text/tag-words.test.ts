import { describe, expect, it } from 'vitest';
import { tagSentence } from './tag-sentence';

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
    expect(tagged('late :( again :-/', 'Emoticon')).toEqual([':(', ':-/']);
    expect(tagged('late 😡 again', 'Emoji')).toEqual(['😡']);
    expect(tagged('so #fail today', 'HashTag')).toEqual(['fail']);
  });

  it('keeps compromise tags beside them', () => {
    expect(tagged('the second time', 'Ordinal')).toEqual(['second']);
    expect(tagged('5 days', 'Value')).toEqual(['5']);
  });
});
