import { describe, expect, it } from 'vitest';
import { analyzeCustomer } from './analyze-customer';
import { moodCues } from './customer-lexicon';
import { countCuePhrases, cueNames } from './read-mood-cues';
import { readCustomerText } from './customer-text';

describe('mood cue examples', () => {
  for (const name of cueNames) {
    const { match, noMatch } = moodCues[name].examples;
    it.each(match)(`${name} is found in %j`, (text) => {
      expect(countCuePhrases(readCustomerText(text)).get(name) ?? 0).toBeGreaterThan(0);
    });
    it.each(noMatch)(`${name} is not found in %j`, (text) => {
      expect(countCuePhrases(readCustomerText(text)).get(name) ?? 0).toBe(0);
    });
  }
});

describe('what the customer says about the trouble sets the mood it can reach', () => {
  const moodOf = (text: string) => analyzeCustomer(text).mood;

  it('a problem reported without judging the service is concerning, not frustrating', () => {
    expect(moodOf('The blender arrived with a cracked jug and the motor is broken and damaged. Can you send a replacement?')).toBe('concerned');
  });

  it('judging the service or saying how it feels is frustration', () => {
    expect(moodOf('The blender arrived broken and nobody has answered my email. Really disappointing.')).toBe('frustrated');
  });

  it('anger needs hostility: a plain complaint stays frustrated however long its list of failures', () => {
    expect(moodOf('Still no refund after three weeks, the courier lost the parcel, the tracking is wrong and the chat is useless.')).toBe('frustrated');
    expect(moodOf('Sort it out right now. You people are useless and I am done with this company.')).toBe('angry');
  });

  it('a customer who plays it down is calm', () => {
    expect(moodOf('The download page shows an error for the Linux build. Not a big deal, just thought you would want to know.')).toBe('calm');
  });

  it('health, safety or vulnerable people at risk make a polite question concerned', () => {
    expect(moodOf('Our power has been off since the morning and my father needs his oxygen machine. Is there an estimate?')).toBe('concerned');
  });

  it('mocking praise in a message about a failure is a complaint', () => {
    expect(moodOf('Oh wonderful, the flight is cancelled again and the app is down.')).not.toMatch(/calm|concerned/);
    expect(moodOf('Two hours on hold and then the line went dead. Brilliant.')).not.toMatch(/calm|concerned/);
  });

  it('mockery plain without unhappy words: two mocking signs, scare quotes or an irony tag', () => {
    expect(moodOf('Love that the "Contact support" button opens a page saying "Contact support". Very helpful.')).toBe('frustrated');
    expect(moodOf('Oh good, another "estimated" bill for a one-bedroom flat.')).toBe('frustrated');
    expect(moodOf('Shoutout to the courier for delivering my "fragile" parcel over the fence. #not')).toBe('frustrated');
    expect(moodOf('Shoutout to the courier, the parcel came early. Very helpful.')).toBe('calm');
  });

  it('politeness formulas and misfortune outside the company do not raise the mood', () => {
    expect(moodOf('Sorry to trouble you again - I gave you the wrong date of birth for my son. Could you amend it? Thanks again')).toBe('calm');
    expect(moodOf("I'm afraid I'm quite disappointed. The sofa arrived torn and nobody has replied.")).toBe('frustrated');
  });

  it('a plainly content message keeps no floor; stakes named in a request without trouble do not raise it', () => {
    expect(moodOf("We've sold the boat, so please cancel the marine policy from 1 April. Thanks for the good cover over the years!")).toBe('calm');
    expect(moodOf('Please close my account.')).toBe('frustrated');
    expect(moodOf('I would like a copy of my medical records from 2019. Can you send them by email?')).toBe('calm');
  });

  it('each different threat adds hostility', () => {
    expect(moodOf("My credit score dropped 80 points. I've called nine times. I'm filing a complaint with the CFPB and contacting a consumer attorney.")).toBe('angry');
  });

  it('enthusiastic praise is not mocking', () => {
    expect(moodOf('The crew were brilliant during the delay! Thanks so much!')).toBe('calm');
  });
});
