import { describe, expect, it } from 'vitest';
import { analyzeCustomer } from './analyze-customer';
import { moodForIntensity } from './mood-for-intensity';

describe('analyzeCustomer moods', () => {
  it.each([
    'Hi, how do I change the email address on my account? Thanks!',
    'Hello, could you tell me when my order will ship? Thank you.',
    'Thanks so much, the replacement arrived today and works perfectly.',
  ])('calm: %j', (text) => {
    expect(analyzeCustomer(text).mood).toBe('calm');
  });

  it.each([
    "Hi, my package was supposed to arrive yesterday but the tracking hasn't updated. Could you check on it, please?",
    'I was charged twice for my subscription this month. Can you look into it?',
  ])('concerned: %j', (text) => {
    expect(analyzeCustomer(text).mood).toBe('concerned');
  });

  it.each([
    'My flight was cancelled and nobody can tell me when the next one is.',
    'I am not happy with the delay.',
  ])('frustrated: %j', (text) => {
    expect(analyzeCustomer(text).mood).toBe('frustrated');
  });

  it.each([
    "This is the third time I'm contacting you. Still no refund, no answer, nothing. Absolutely unacceptable. Cancel my account.",
    'WHERE IS MY REFUND?!? I have called 5 times, been on hold for hours, and nobody helps. My lawyer will be in touch.',
    "Worst service ever. f*** this company, I'm done.",
  ])('angry: %j', (text) => {
    expect(analyzeCustomer(text).mood).toBe('angry');
  });

  it('keeps intensity within 0..1 and consistent with the mood', () => {
    for (const text of ['', 'ok', 'Thanks!', 'NO NO NO!!!', 'worst worst worst terrible awful lawsuit']) {
      const { intensity, mood } = analyzeCustomer(text);
      expect(intensity).toBeGreaterThanOrEqual(0);
      expect(intensity).toBeLessThanOrEqual(1);
      expect(mood).toBe(moodForIntensity(intensity));
    }
  });
});

describe('analyzeCustomer sentiment', () => {
  it('reads negation', () => {
    expect(analyzeCustomer('I am happy with the service.').sentiment).toBeGreaterThan(0);
    expect(analyzeCustomer('I am not happy with the service.').sentiment).toBeLessThan(0);
    expect(analyzeCustomer('I never received my order.').sentiment).toBeLessThan(0);
    expect(analyzeCustomer('No one answers the phone.').sentiment).toBeLessThan(0);
  });

  it('weighs intensifiers and capitals', () => {
    const plain = analyzeCustomer('The delivery was late.');
    expect(analyzeCustomer('The delivery was extremely late.').intensity).toBeGreaterThan(plain.intensity);
    expect(analyzeCustomer('The delivery was LATE.').intensity).toBeGreaterThan(plain.intensity);
  });

  it('reads complaint language AFINN misses', () => {
    for (const text of ['Still waiting on my parcel.', 'On hold for 2 hours.', 'My bag is missing and the flight was delayed.']) {
      expect(analyzeCustomer(text).sentiment, text).toBeLessThan(0);
    }
  });

  it('reads negated hashtags as complaints, not as the praise inside them', () => {
    expect(analyzeCustomer('Flight delayed again #nothappy').intensity).toBeGreaterThan(analyzeCustomer('Flight delayed again').intensity);
    expect(analyzeCustomer('Made it home #notcool').sentiment).toBeLessThan(0);
    expect(analyzeCustomer('Made it home #nothing').sentiment).toBeLessThanOrEqual(0);
  });

  it('does not read a wish for what is missing as praise', () => {
    expect(analyzeCustomer('It would be nice if the app worked.').sentiment).toBeLessThanOrEqual(0);
    expect(analyzeCustomer('It is nice that the app works.').sentiment).toBeGreaterThan(0);
  });

  it('reads failed service, time and money lost, and complaints about staff', () => {
    for (const text of [
      'The agent was unhelpful.',
      'What a nightmare.',
      'I paid and got nothing.',
      'My bag is somewhere.',
      'Your agents are on their phones.',
      'Canned response again.',
      'This used to be my airline.',
    ]) {
      expect(analyzeCustomer(text).sentiment, text).toBeLessThan(0);
    }
  });

  it('reads run-together durations like spelled-out ones', () => {
    expect(analyzeCustomer('On hold 2hrs now.').intensity).toBeGreaterThan(analyzeCustomer('On hold now.').intensity);
  });

  it('reads laughter and a plain request for help as calmer', () => {
    expect(analyzeCustomer('lol my flight is delayed').intensity).toBeLessThan(analyzeCustomer('my flight is delayed').intensity);
    expect(analyzeCustomer('Can you help me change my seat?').mood).toBe('calm');
  });

  it('reads sarcasm as a complaint', () => {
    expect(analyzeCustomer('Thanks for nothing.').sentiment).toBeLessThan(0);
    expect(analyzeCustomer('Great job losing my bag, it is still missing.').sentiment).toBeLessThan(0);
    expect(analyzeCustomer('Great job, the new app is lovely.').sentiment).toBeGreaterThan(0);
  });

  it('lets politeness lower intensity', () => {
    expect(analyzeCustomer('Please could you check my order? It is late. Thank you!').intensity).toBeLessThan(
      analyzeCustomer('Check my order. It is late.').intensity,
    );
  });
});

describe('analyzeCustomer signals and intensity', () => {
  it('raises intensity for threats, repeat contact, shouting and profanity', () => {
    const base = analyzeCustomer('My order is late.').intensity;
    for (const text of [
      'My order is late. I will cancel my subscription.',
      'My order is late. My lawyer will hear about this.',
      'My order is late again, for the 3rd time.',
      'My order is LATE AGAIN.',
      'My damn order is late.',
      'My order is late, I will post about this on social media.',
    ]) {
      expect(analyzeCustomer(text).intensity, text).toBeGreaterThan(base);
    }
  });

  it('makes a legal or churn threat in a negative message at least frustrated', () => {
    expect(analyzeCustomer('Not great. Closing my account.').mood).toMatch(/frustrated|angry/);
    expect(analyzeCustomer('I am talking to my attorney about the late fee.').mood).toMatch(/frustrated|angry/);
  });

  it('ignores quoted history', () => {
    const reply = 'Hi, I need to update my billing address.';
    const quoted = `${reply}\n\nOn Mon, 3 Jun 2024 at 10:02, Acme <help@acme.com> wrote:\n> This is UNACCEPTABLE!!! I want a refund, my lawyer will sue you.`;
    const analysis = analyzeCustomer(quoted);
    expect(analysis).toEqual(analyzeCustomer(reply));
    expect(analysis.mood).toBe('calm');
    expect(analysis.signals).toEqual([]);
  });
});

describe('misfortune of the customer\'s own and the customer\'s own plans say nothing of the mood', () => {
  it.each([
    'I was ill last week so I missed the delivery window; can I rebook it?',
    "I forgot my password again, how do I reset it?",
    'I ordered the wrong size by mistake, can I swap it?',
    "Can I move the visit? Nothing wrong, I just won't be home.",
  ])('calm: %j', (text) => expect(analyzeCustomer(text).mood).toBe('calm'));

  it('the company\'s failure beside them still counts', () => {
    expect(analyzeCustomer('I missed my connection because your train was two hours late.').mood).not.toBe('calm');
  });
});
