import { describe, expect, it } from 'vitest';
import { splitSentences } from './split-sentences';

const texts = (text: string) => splitSentences(text).map((span) => span.text);

describe('splitSentences', () => {
  it('splits at closing marks and line breaks, with exact offsets', () => {
    const text = 'Hi Dana! Your order shipped. See you?\nThanks';
    const spans = splitSentences(text);
    expect(spans.map((span) => span.text)).toEqual(['Hi Dana!', 'Your order shipped.', 'See you?', 'Thanks']);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  it('keeps runs of marks and closing quotes with their sentence', () => {
    expect(texts('Really?! She said "done." Then left.')).toEqual(['Really?!', 'She said "done."', 'Then left.']);
  });

  it('does not split after an abbreviation, an initial or inside a number', () => {
    expect(texts('Your order (no. 4821) shipped, e.g. today. Thanks Mr. Lee')).toEqual(['Your order (no. 4821) shipped, e.g. today.', 'Thanks Mr. Lee']);
    expect(texts('Version 2.5 is out. J. Smith wrote')).toEqual(['Version 2.5 is out.', 'J. Smith wrote']);
  });

  it('trims white space, drops empty sentences and adds the offset given', () => {
    expect(splitSentences('  One.  \n\n Two?  ', 10)).toEqual([
      { start: 12, end: 16, text: 'One.' },
      { start: 21, end: 25, text: 'Two?' },
    ]);
    expect(splitSentences(' \n ')).toEqual([]);
  });
});
