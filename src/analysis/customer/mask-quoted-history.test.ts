import { describe, expect, it } from 'vitest';
import { maskLinks } from './mask-links';
import { maskQuotedHistory } from './mask-quoted-history';

describe('maskQuotedHistory', () => {
  it('blanks quoted lines and keeps every offset', () => {
    const text = 'Still broken.\n> We are sorry, this is unacceptable.\n>> older\nPlease fix it.';
    const masked = maskQuotedHistory(text);
    expect(masked).toHaveLength(text.length);
    expect(masked).not.toContain('unacceptable');
    expect(masked).not.toContain('older');
    expect(masked.indexOf('Please fix it.')).toBe(text.indexOf('Please fix it.'));
  });

  it('blanks everything from "On ... wrote:" on', () => {
    const text = 'Thanks, that worked.\n\nOn Mon, 3 Jun 2024 at 10:02, Acme <help@acme.com> wrote:\nYour order is lost, terrible news.';
    const masked = maskQuotedHistory(text);
    expect(masked.trim()).toBe('Thanks, that worked.');
    expect(masked).toHaveLength(text.length);
  });

  it('blanks original and forwarded messages', () => {
    expect(maskQuotedHistory('Hi\n-----Original Message-----\nAngry words').trim()).toBe('Hi');
    expect(maskQuotedHistory('FYI\n---------- Forwarded message ---------\nFrom: x').trim()).toBe('FYI');
    expect(maskQuotedHistory('See below\nFrom: Acme\nSent: Monday\nSubject: lost parcel').trim()).toBe('See below');
  });

  it('leaves a message without history alone', () => {
    const text = 'On Monday I wrote to you; 3 > 2.';
    expect(maskQuotedHistory(text)).toBe(text);
  });
});

describe('maskLinks', () => {
  it('blanks links, e-mail addresses and handles in place', () => {
    const text = '@USAirways see https://example.com/WORST or mail ANGRY@example.com';
    const masked = maskLinks(text);
    expect(masked).toHaveLength(text.length);
    expect(masked.trim()).toBe('see                           or mail');
  });
});

describe('maskQuotedHistory, from the one lexicon of quoted history', () => {
  it('blanks localised header blocks and the customer’s device line', () => {
    expect(maskQuotedHistory('Still broken.\nVon: Acme\nGesendet: Montag\nBetreff: Ihr Paket').trim()).toBe('Still broken.');
    expect(maskQuotedHistory('Still broken.\nDe : Acme\nEnvoyé : lundi').trim()).toBe('Still broken.');
    expect(maskQuotedHistory('Still broken.\n\nSent from my iPhone\n\nOn Mon, 3 Jun 2024, Acme wrote:\n> Sorry').trim()).toBe('Still broken.');
  });

  it('keeps what the customer writes after a colon on an "On ..." line', () => {
    const text = 'On Monday I wrote: please refund me, this is unacceptable.';
    expect(maskQuotedHistory(text)).toBe(text);
  });
});
