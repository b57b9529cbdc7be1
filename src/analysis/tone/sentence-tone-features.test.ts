import { describe, expect, it } from 'vitest';
import { tagSentence } from '../text/tag-sentence';
import { sentenceToneFeatures as featuresOf } from './sentence-tone-features';

const sentenceToneFeatures = (sentence: string) => featuresOf(sentence, tagSentence(sentence));

describe('sentenceToneFeatures', () => {
  it.each([
    'I understand how frustrating this is.',
    "I'm sorry.",
    'I apologize for the trouble.',
    "That's a problem we need to fix.",
    "I'm so sorry the package arrived broken.",
  ])('does not hold empathy words against %j', (sentence) => {
    const features = sentenceToneFeatures(sentence);
    expect(features.rudeness).toBe(0);
    expect(features.sentiment).toBeGreaterThanOrEqual(0);
  });

  it('does not read "calm down" as positive', () => {
    const features = sentenceToneFeatures('Calm down, sir.');
    expect(features.sentiment).toBeLessThanOrEqual(0);
    expect(features.strategies).toContain('condescension');
  });

  it('rates a mid-sentence please above a leading one', () => {
    expect(sentenceToneFeatures('Could you please check the address?').courtesy).toBeGreaterThan(
      sentenceToneFeatures('Please check the address.').courtesy,
    );
  });

  it('rates "could you" above "can you"', () => {
    expect(sentenceToneFeatures('Could you check the address?').courtesy).toBeGreaterThan(
      sentenceToneFeatures('Can you check the address?').courtesy,
    );
  });

  it('counts a bare order as rude, and please softens it without making it a request', () => {
    const net = (sentence: string) => sentenceToneFeatures(sentence).courtesy - sentenceToneFeatures(sentence).rudeness;
    expect(sentenceToneFeatures('Check the address.').rudeness).toBeGreaterThan(0);
    expect(net('Check the address, please.')).toBeGreaterThan(net('Check the address.'));
    expect(net('Could you check the address, please?')).toBeGreaterThan(net('Check the address, please.'));
  });

  it.each([
    ['Obviously the button is on the left.', 'condescension'],
    ['As I said, the refund takes a week.', 'condescension'],
    ['You need to update the app.', 'obligation'],
    ["Why didn't you check the spam folder?", 'why-you'],
    ['Actually, the policy is 30 days.', 'factuality'],
    ['Do it yourself from the dashboard.', 'condescension'],
    ['But that is not what I asked.', 'direct-start'],
    ['This is NOT going to happen AGAIN.', 'all-caps'],
    ['Read the email again!!', 'repeated-punctuation'],
  ])('finds rudeness in %j (%s)', (sentence, strategy) => {
    const features = sentenceToneFeatures(sentence);
    expect(features.strategies).toContain(strategy);
    expect(features.rudeness).toBeGreaterThan(0);
  });

  it('counts a direct question only in a question, and an order only outside one', () => {
    expect(sentenceToneFeatures('What is your order number?').strategies).toContain('wh-question');
    expect(sentenceToneFeatures('What we found is a bug.').strategies).not.toContain('wh-question');
    expect(sentenceToneFeatures('Check the logs.').strategies).toContain('imperative');
    expect(sentenceToneFeatures('Check the logs?').strategies).not.toContain('imperative');
  });

  it('reads a please-opened order as an order, and presses for speed as impatience', () => {
    expect(sentenceToneFeatures('Please just fix it already.').strategies).toEqual(['imperative', 'impatience']);
    expect(sentenceToneFeatures('Could you please fix it?').strategies).toEqual(['please', 'counterfactual-modal']);
  });

  it('counts the words of the sentence as its length', () => {
    expect(sentenceToneFeatures('  Thanks a lot!  ').length).toBe('Thanks a lot'.length);
    expect(sentenceToneFeatures('').length).toBe(0);
  });

  it('treats curly apostrophes like straight ones', () => {
    expect(sentenceToneFeatures('I’ll take care of it.')).toEqual(sentenceToneFeatures("I'll take care of it."));
  });

  it('returns a serialisable plain object', () => {
    const features = sentenceToneFeatures('Thanks so much for your patience, happy to help!');
    expect(JSON.parse(JSON.stringify(features))).toEqual(features);
  });

  it('leaves the shared AFINN table of the sentiment package untouched', async () => {
    const { default: Sentiment } = await import('sentiment');
    const before = new Sentiment().analyze('This is frustrating.').score;
    sentenceToneFeatures('I understand how frustrating this is.');
    expect(new Sentiment().analyze('This is frustrating.').score).toBe(before);
  });
});
