import { describe, expect, it } from 'vitest';
import { analyzeCustomer } from './analyze-customer';
import type { SignalKind } from '../types';

function spans(text: string, kind: SignalKind): string[] {
  return analyzeCustomer(text)
    .signals.filter((signal) => signal.kind === kind)
    .map((signal) => signal.text);
}

describe('signals', () => {
  it('shouting leaves codes, identifiers and quoted labels alone', () => {
    expect(spans('My booking ref is KQ7PLM and the page shows ERR_503_MAINT.', 'shouting')).toEqual([]);
    expect(spans('The text asked me to confirm a payment to "APPLE UK". Is it you?', 'shouting')).toEqual([]);
    expect(spans("I've waited a week and NOBODY HAS CALLED me back.", 'shouting')).toEqual(['NOBODY HAS CALLED']);
  });

  it('one emphatic word in capitals shouts; a code, a name or what a screen shows does not', () => {
    expect(spans('You charged me for a payment YOU delayed.', 'shouting')).toEqual(['YOU']);
    expect(spans('Put me through to a manager. NOW.', 'shouting')).toEqual(['NOW']);
    expect(spans('You offer a voucher? NO. I want my money.', 'shouting')).toEqual(['NO']);
    expect(spans('Invoices come in USD instead of AUD, which confuses my clients.', 'shouting')).toEqual([]);
    expect(spans('The app shows ACTIVE but the card is declined.', 'shouting')).toEqual([]);
    expect(spans("I'm reporting this to OFCOM today.", 'shouting')).toEqual([]);
    expect(spans('I was LIED to by your agents.', 'shouting')).toEqual(['LIED']);
    expect(spans('Does the clinic take BCBS PPO plans?', 'shouting')).toEqual([]);
    expect(spans('HI, is the store open on Sunday? I live in Portland OR.', 'shouting')).toEqual([]);
  });

  it('an escalation request and business impact in their own words', () => {
    expect(spans('Get me your manager.', 'escalation-request')).toEqual(['manager']);
    expect(spans('My manager needs the invoice by Friday.', 'escalation-request')).toEqual([]);
    expect(spans('The whole office is offline and we are losing sales.', 'business-impact').length).toBeGreaterThan(0);
  });

  it('repeat-contact', () => {
    expect(spans('This is the third time I am asking.', 'repeat-contact')).toEqual(['the third time']);
    expect(spans('For the 3rd time: where is my parcel?', 'repeat-contact')).toEqual(['For the 3rd time']);
    expect(spans("I've called 5 times and still no answer.", 'repeat-contact')).toEqual(['called 5 times', 'still no answer']);
    expect(spans('I already told you my address.', 'repeat-contact')).toEqual(['already told']);
    expect(spans('The app crashed again.', 'repeat-contact')).toEqual(['again']);
    expect(spans('Thanks again for the quick fix!', 'repeat-contact')).toEqual([]);
    expect(spans('Thank you again, it works now.', 'repeat-contact')).toEqual([]);
    expect(spans('Could you tell me the opening hours?', 'repeat-contact')).toEqual([]);
  });

  it('churn-risk', () => {
    expect(spans('Cancel my account today.', 'churn-risk')).toEqual(['Cancel my account']);
    expect(spans("I'm switching to a competitor.", 'churn-risk')).toEqual(["I'm switching to a competitor"]);
    expect(spans('I demand a full refund or I will file a chargeback.', 'churn-risk')).toEqual([]);
    expect(spans('I demand a full refund or I will file a chargeback.', 'legal-threat')).toEqual(['chargeback']);
    expect(spans("I'll dispute the charge with my bank.", 'legal-threat')).toEqual(['dispute the charge with my bank']);
    expect(spans('My flight was Cancelled and I need a new one.', 'churn-risk')).toEqual([]);
    expect(spans('Why was my order cancelled?', 'churn-risk')).toEqual([]);
    expect(spans('I want to cancel my booking and rebook for Friday.', 'churn-risk')).toEqual([]);
  });

  it('legal-threat', () => {
    expect(spans('My lawyer will hear about this.', 'legal-threat')).toEqual(['lawyer']);
    expect(spans('I will sue you.', 'legal-threat')).toEqual(['will sue you']);
    expect(spans("I'm taking legal action and filing with the BBB.", 'legal-threat')).toEqual(['taking legal action', 'filing with the BBB']);
    expect(spans('Small claims court is next.', 'legal-threat')).toEqual(['Small claims court']);
    expect(spans('Pursue the refund, please.', 'legal-threat')).toEqual([]);
    expect(spans('Sue in your billing team was lovely.', 'legal-threat')).toEqual([]);
  });

  it('public-threat', () => {
    expect(spans('I will leave a review on Trustpilot.', 'public-threat')).toEqual(['leave a review', 'Trustpilot']);
    expect(spans("I'll post about this on social media and tell everyone.", 'public-threat')).toEqual(['post about this on social media', 'tell everyone']);
    expect(spans('This will go viral.', 'public-threat')).toEqual(['go viral']);
    expect(spans('Please review my request.', 'public-threat')).toEqual([]);
    expect(spans('Can you tell me when it ships?', 'public-threat')).toEqual([]);
  });

  it('urgency', () => {
    expect(spans('Please fix this ASAP, it is urgent.', 'urgency')).toEqual(['Please fix this ASAP', 'urgent']);
    expect(spans('The part is broken and I need it today.', 'urgency')).toEqual(['I need it today']);
    expect(spans('Call me right now.', 'urgency')).toEqual(['Call me right now']);
    expect(spans('It arrived today, thanks.', 'urgency')).toEqual([]);
  });

  it('shouting', () => {
    expect(spans('WHY IS MY ORDER STILL NOT HERE', 'shouting')).toEqual(['WHY IS MY ORDER STILL NOT HERE']);
    expect(spans('This is UNACCEPTABLE!!!', 'shouting')).toEqual(['UNACCEPTABLE', '!!!']);
    expect(spans('Seriously?!?', 'shouting')).toEqual(['?!?']);
    expect(spans('I sent the PDF and my ID from the USA.', 'shouting')).toEqual([]);
    expect(spans('I think I was charged twice. Is that OK?', 'shouting')).toEqual([]);
    expect(spans('Where is it?', 'shouting')).toEqual([]);
  });

  it('profanity', () => {
    expect(spans('This is bullshit.', 'profanity')).toEqual(['bullshit']);
    expect(spans('wtf, what a load of sh*t', 'profanity')).toEqual(['wtf', 'sh*t']);
    expect(spans('f*** this, it is BS', 'profanity')).toEqual(['f***', 'BS']);
    expect(spans('Please assess my class pass.', 'profanity')).toEqual([]);
    expect(spans('Hello, I have a question about shipping.', 'profanity')).toEqual([]);
  });

  it('gives offsets into the text as given, after quoted history and links', () => {
    const text = '@acme 😡 Still waiting, I will SUE YOU.\n> For the 3rd time, sorry.\nhttp://x.co/URGENT';
    const { signals } = analyzeCustomer(text);
    for (const signal of signals) expect(text.slice(signal.start, signal.end)).toBe(signal.text);
    expect(signals.map((signal) => [signal.kind, signal.text])).toEqual([
      ['repeat-contact', 'Still waiting'],
      ['legal-threat', 'will SUE YOU'],
      ['shouting', 'SUE YOU'],
    ]);
  });
});
