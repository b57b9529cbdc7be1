import { describe, expect, it } from 'vitest';
import functionWordsJson from '../../../lexicons/language/function-words.json';
import { functionWordsSchema } from './function-words-schema';
import { detectLanguages, mainLanguage, paragraphLanguage } from './detect-language';

const lexicon = functionWordsSchema.parse(functionWordsJson);

describe('lexicons/language/function-words.json', () => {
  it('matches the schema: no word twice in a language', () => {
    const parsed = functionWordsSchema.safeParse(functionWordsJson);
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  describe.each(Object.entries(lexicon.examples))('%s', (language, examples) => {
    it.each(examples)('reads %j as this language', (example) => {
      expect(paragraphLanguage(example)).toBe(language);
    });
  });
});

describe('paragraphLanguage', () => {
  it('reads text without any function word as English, so nothing English goes unchecked for want of evidence', () => {
    for (const text of ['PS4', 'SKU_ID 4471-B', 'SFO-PDX schedule still MIA.', '', '👍']) expect(paragraphLanguage(text)).toBe('en');
  });

  it('reads a word shared by English and another language as a tie, which is English', () => {
    for (const text of ['no wheelchairs', 'me too!', 'safety back in Dallas!', 'Flight is 100% full.']) expect(paragraphLanguage(text)).toBe('en');
  });

  it('keeps an English reply English when it greets or quotes in another language', () => {
    expect(paragraphLanguage('Hola Maria, your refund is on its way.')).toBe('en');
    expect(paragraphLanguage('The page says "Zahlung fehlgeschlagen" when you pay, and I have asked the team to fix it.')).toBe('en');
  });
});

describe('detectLanguages', () => {
  it('gives each paragraph its own language, with offsets into the text', () => {
    const text = 'Sehr geehrte Frau Weber,\n\nvielen Dank für Ihre Nachricht. Die Bestellung ist unterwegs.\n\nThe error says: "Your card was declined".\n';
    const spans = detectLanguages(text);
    expect(spans.map((span) => span.language)).toEqual(['de', 'de', 'en']);
    expect(text.slice(spans[2]!.start, spans[2]!.end)).toBe('The error says: "Your card was declined".\n');
    expect(mainLanguage(spans)).toBe('de');
  });

  it('names English as the main language of an empty text', () => {
    expect(mainLanguage(detectLanguages(' \n\n '))).toBe('en');
  });
});
