import { describe, expect, it } from 'vitest';
import { analyzeCustomer, analyzeDraft } from '../index';

describe('text in other languages than English', () => {
  it('leaves a German reply unjudged: no findings, no checklist, its language named', () => {
    const draft = 'Hallo Herr Brandt,\n\ndas ist Ihr Fehler, Sie hätten die Anleitung lesen müssen. Beruhigen Sie sich bitte.\n\nMit freundlichen Grüßen\nJana';
    const analysis = analyzeDraft(draft, { customer: analyzeCustomer('This is the third time I am writing. I want a refund NOW!') });
    expect(analysis.language).toBe('de');
    expect(analysis.findings).toEqual([]);
    expect(analysis.checklist).toEqual([]);
    expect(analysis.notChecked.length).toBeGreaterThan(0);
  });

  it('gives a French reply in capitals no shouting warning', () => {
    const analysis = analyzeDraft('Bonjour Madame,\n\nVOUS DEVEZ LIRE LES CONDITIONS AVANT DE COMMANDER !!!\n\nCordialement');
    expect(analysis.language).toBe('fr');
    expect(analysis.findings).toEqual([]);
  });

  it('checks the English paragraphs of a mixed reply and leaves the other one out', () => {
    const draft = 'Hi Marta,\n\nAs I already said, the refund takes five days, and I have asked our payments team to send you the reference today.\n\nHola Marta, el reembolso tarda cinco días.';
    const analysis = analyzeDraft(draft);
    expect(analysis.language).toBe('en');
    expect(analysis.findings.map((finding) => finding.text)).toEqual(['As I already said']);
    expect(analysis.notChecked).toEqual([{ start: draft.indexOf('Hola'), end: draft.length, language: 'es' }]);
  });

  it('reads no mood from a customer message in another language', () => {
    const customer = analyzeCustomer('Das ist eine Frechheit! Ich warte seit drei Wochen auf mein Geld und niemand antwortet.');
    expect(customer).toMatchObject({ language: 'de', mood: 'calm', signals: [] });
  });

  it('reads an English customer whose message quotes another language', () => {
    const customer = analyzeCustomer('I have asked three times now and still no refund. This is ridiculous.\n\nLe message dit : « Votre commande est annulée ».');
    expect(customer.language).toBe('en');
    expect(customer.mood).not.toBe('calm');
  });
});
