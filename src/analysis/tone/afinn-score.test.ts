import { describe, expect, it } from 'vitest';
import Sentiment from 'sentiment';
import { afinnScore } from './afinn-score';

describe('afinnScore', () => {
  const sentiment = new Sentiment();

  it.each([
    '',
    '   ',
    'I love this, thanks!',
    "This isn't good. Not bad at all.",
    "don't worry: we can't fail",
    'Great!!!  Awful\t\tterrible\tawful',
    'a\tgood  \n  bad\r\nhappy',
    '(happy) "sad" {angry} #win ~lose_ugly',
    'constructor good',
    'Ça va bien 😀 👍 good',
    "won't help; doesn't care. isn't fine",
  ])('scores %j as the sentiment package does', (text) => {
    expect(afinnScore(text, new Set())).toBe(sentiment.analyze(text).score);
  });

  it('leaves out the ignored words, negated or not', () => {
    expect(afinnScore('sorry, not good and frustrating', new Set(['frustrating']))).toBe(
      sentiment.analyze('sorry, not good').score,
    );
    expect(afinnScore('not sorry', new Set(['sorry']))).toBe(0);
  });
});
