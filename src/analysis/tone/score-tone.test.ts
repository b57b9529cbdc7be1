import { describe, expect, it } from 'vitest';
import type { Severity } from '../types';
import { tagSentence } from '../text/tag-sentence';
import { scoreTone } from './score-tone';
import { sentenceToneFeatures } from './sentence-tone-features';

/** Drafts here are written as one sentence per array item, as the engine hands them over. */
function tone(sentences: string[], findings: { severity: Severity }[] = []): number {
  return scoreTone(sentences.map((sentence) => sentenceToneFeatures(sentence, tagSentence(sentence))), findings);
}

const courteous = [
  [
    "Hi Dana, thanks for reaching out, and I'm sorry the charger stopped working after a week.",
    'I understand how frustrating that is when you rely on it every day.',
    "I've arranged a replacement, and you'll get the tracking link by email tomorrow.",
    'Let me know if there is anything else I can do.',
  ],
  [
    'I apologize for the trouble with your last invoice.',
    "That's a problem we need to fix, and I'll take care of it today.",
    'Thanks for your patience!',
  ],
  ['Hello!', 'Happy to help.', 'Could you send me the order number so I can look into it?'],
];

const neutral = [
  ['Your order shipped on Monday.', 'The tracking number is 1Z12345.', 'Delivery usually takes three to five business days.'],
  ['The refund was processed on March 3.', 'It will appear on your statement within five business days.'],
  ['To reset your password, open Settings and choose Security.', 'Then select Reset password.'],
];

const rude = [
  ['Calm down.', 'As I said, the refund takes a week.'],
  ["Obviously you didn't read the instructions.", 'You need to restart the router.'],
  ["Why didn't you check the spam folder?", "It's all in the FAQ."],
  ['Actually, the policy is 30 days.', "There's nothing we can do."],
  ['Do it yourself from the dashboard.', 'I already told you twice.'],
  ['You should have read the terms before buying.', 'Not our problem.'],
];

const empathySentences = [
  'I understand how frustrating this is.',
  "I'm sorry.",
  'I apologize for the trouble.',
  "That's a problem we need to fix.",
  'You must be so frustrated by now.',
  'That sounds really stressful.',
];

describe('scoreTone', () => {
  it.each(courteous)('scores a courteous reply high: %j', (...draft) => {
    expect(tone(draft)).toBeGreaterThanOrEqual(70);
    expect(tone(draft)).toBeLessThanOrEqual(98);
  });

  it.each(neutral)('scores a neutral factual reply in the middle: %j', (...draft) => {
    expect(tone(draft)).toBeGreaterThanOrEqual(50);
    expect(tone(draft)).toBeLessThanOrEqual(70);
  });

  it.each(rude)('scores a condescending or rude reply low: %j', (...draft) => {
    expect(tone(draft)).toBeLessThan(40);
  });

  it('ranks bare orders below polite requests for the same thing', () => {
    expect(tone(['Send me the logs.'])).toBeLessThan(tone(['Could you please send me the logs?']));
  });

  it('gives an empty draft a neutral-high score', () => {
    expect(tone([])).toBeGreaterThanOrEqual(60);
  });

  it('lowers the score for each finding, more for more severe ones', () => {
    const draft = neutral[0]!;
    const none = tone(draft);
    const suggestion = tone(draft, [{ severity: 'suggestion' }]);
    const warning = tone(draft, [{ severity: 'warning' }]);
    const error = tone(draft, [{ severity: 'error' }]);
    expect(suggestion).toBeLessThan(none);
    expect(warning).toBeLessThan(suggestion);
    expect(error).toBeLessThan(warning);
    expect(tone(draft, [{ severity: 'warning' }, { severity: 'warning' }])).toBeLessThan(warning);
  });

  it('stays within 0..100 at the extremes', () => {
    const veryRude = Array.from({ length: 12 }, () => 'Obviously you need to calm down, as I said!!');
    const veryCourteous = Array.from({ length: 12 }, () => 'Thank you so much, I really appreciate your patience and I am happy to help!');
    const manyErrors = Array.from({ length: 20 }, () => ({ severity: 'error' as const }));
    expect(tone(veryRude, manyErrors)).toBe(0);
    expect(tone(veryCourteous)).toBeLessThanOrEqual(100);
    for (const draft of [...courteous, ...neutral, ...rude]) {
      expect(tone(draft)).toBeGreaterThanOrEqual(0);
      expect(tone(draft)).toBeLessThanOrEqual(100);
    }
  });

  describe('is not fooled by "please" and "thanks" wrapped around a curt demand', () => {
    it.each([
      ['Please just fix it already.', 'Thanks.'],
      ['Thanks.', 'Please just do it already.'],
      ['Please send it ASAP, thanks!'],
    ])('%j scores below neutral, below a bare order and far below a request', (...draft) => {
      expect(tone(draft)).toBeLessThan(tone(neutral[1]!));
      expect(tone(draft)).toBeLessThan(tone(['Fix it.']));
      expect(tone(draft)).toBeLessThan(tone(['Could you fix it?', 'Thanks.']) - 30);
    });
  });

  describe('is not fooled by one blunt word in a long warm reply', () => {
    const warm = [
      'Hi Dana, thanks so much for writing in, and I am sorry the charger stopped working after a week.',
      'I understand how frustrating that is when you rely on it every day.',
      "I've arranged a replacement, and you'll get the tracking link by email tomorrow.",
      'If anything else comes up, let me know and I will be glad to help.',
      'Have a lovely weekend!',
    ];
    it.each([
      "Actually, I've arranged a replacement, and you'll get the tracking link by email tomorrow.",
      "Obviously I've arranged a replacement, and you'll get the tracking link by email tomorrow.",
      "I've arranged a replacement, and you'll get the damn tracking link by email tomorrow.",
    ])('keeps the reply courteous with %j', (blunt) => {
      const draft = warm.map((sentence, i) => (i === 2 ? blunt : sentence));
      expect(tone(draft)).toBeGreaterThan(80);
      expect(tone(warm) - tone(draft)).toBeLessThan(20);
    });

    it('still lets the same word weigh in a short reply', () => {
      expect(tone(["Actually, I've arranged a replacement."])).toBeLessThan(tone(["I've arranged a replacement."]));
    });
  });

  it('gives different drafts with markers different scores rather than a few steps', () => {
    const drafts = [...courteous, ...rude].map((draft) => tone(draft));
    expect(new Set(drafts).size).toBe(drafts.length);
  });

  describe('never drops when an empathy sentence is added', () => {
    const drafts = [[], ...courteous, ...neutral, ...rude];
    it.each(empathySentences)('%j', (empathy) => {
      for (const draft of drafts) {
        const before = tone(draft, [{ severity: 'warning' }]);
        expect(tone([empathy, ...draft], [{ severity: 'warning' }])).toBeGreaterThanOrEqual(before);
        expect(tone([...draft, empathy], [{ severity: 'warning' }])).toBeGreaterThanOrEqual(before);
      }
    });
  });
});
