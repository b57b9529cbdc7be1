import { describe, expect, it } from 'vitest';
import Sentiment from 'sentiment';
import { tokenize } from '../text/tokenize';
import { afinnScore } from './afinn-score';

describe('afinnScore', () => {
  const sentiment = new Sentiment();
  const score = (text: string, ignored: ReadonlySet<string> = new Set()): number => afinnScore(tokenize(text), ignored);

  it.each([
    '',
    '   ',
    'I love this, thanks!',
    "This isn't good. Not bad at all.",
    "don't worry: we can't fail",
    '(happy) "sad" {angry} #win',
    "won't help; doesn't care. isn't fine",
  ])('scores %j as the sentiment package does', (text) => {
    expect(score(text)).toBe(sentiment.analyze(text).score);
  });

  it('reads a negated word through a split contraction, curly apostrophe or not', () => {
    expect(score('It isn’t good')).toBe(-score('It is good'));
    expect(score("I can't complain")).toBe(-score('I complain'));
  });

  it('reads words apart at tabs and line breaks, where the package glues them into one unknown word', () => {
    expect(score('a\tgood  \n  bad\r\nhappy')).toBe(sentiment.analyze('a good bad happy').score);
  });

  it('does not read an inherited property name ("constructor") as a negator, as the package does', () => {
    expect(score('constructor good')).toBe(score('good'));
  });

  it('leaves out the ignored words, negated or not', () => {
    expect(score('sorry, not good and frustrating', new Set(['frustrating']))).toBe(sentiment.analyze('sorry, not good').score);
    expect(score('not sorry', new Set(['sorry']))).toBe(0);
  });
});
