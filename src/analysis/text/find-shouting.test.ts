import { describe, expect, it } from 'vitest';
import { findCapitals, findMarkRuns, type CapitalsOptions, type MarkRunOptions } from './find-shouting';
import { shoutingLexicon } from './text-lexicon';
import { tagSentence } from './tag-sentence';
import { builtInRulePacks } from '../rule-packs';
import { shoutingLexicon as customerShouting } from '../customer/customer-lexicon';

const draftRules = builtInRulePacks.find((pack) => pack.category === 'shouting')!.rules;
const draftCapitals = draftRules.find((rule) => rule.kind === 'capitals') as CapitalsOptions;
const draftMarks = draftRules.find((rule) => rule.kind === 'punctuation') as MarkRunOptions;

const sides: Array<[side: string, capitals: CapitalsOptions, marks: MarkRunOptions]> = [
  ['the draft', draftCapitals, draftMarks],
  ['the customer', customerShouting, customerShouting],
];

function shouted(text: string, capitals: CapitalsOptions, marks: MarkRunOptions): string[] {
  const sentence = tagSentence(text);
  return [...findCapitals(text, sentence, capitals), ...findMarkRuns(text, sentence.tokens, marks)]
    .sort((a, b) => a.start - b.start)
    .map(({ start, end }) => text.slice(start, end));
}

describe.each(sides)('shouting.json examples, as %s reads them', (_side, capitals, marks) => {
  it.each(shoutingLexicon.examples.match)('finds shouting in $text', ({ text, shouted: expected }) => {
    expect(shouted(text, capitals, marks)).toEqual(expected);
  });
  it.each(shoutingLexicon.examples.noMatch)('finds none in %j', (text) => {
    expect(shouted(text, capitals, marks)).toEqual([]);
  });
});

describe('findCapitals', () => {
  const options: CapitalsOptions = { minWords: 2, minLettersAlone: 4 };

  it('keeps a run whole across the acronyms and numbers inside it, and names the acronyms', () => {
    const text = 'PLEASE SEND THE PDF NOW.';
    const [shout] = findCapitals(text, tagSentence(text), options);
    expect(text.slice(shout!.start, shout!.end)).toBe('PLEASE SEND THE PDF NOW');
    expect(shout!.acronyms.map(({ start, end }) => text.slice(start, end))).toEqual(['PDF']);
  });

  it('leaves out a lone "I" and acronyms at the ends of a run', () => {
    const text = 'ASAP I NEED IT DONE.';
    expect(findCapitals(text, tagSentence(text), options).map(({ start, end }) => text.slice(start, end))).toEqual(['NEED IT DONE']);
  });

  const spans = (text: string, with_: CapitalsOptions) => findCapitals(text, tagSentence(text), with_).map(({ start, end }) => text.slice(start, end));

  it('reads short words in capitals that no word list knows as acronyms, alone or in a run', () => {
    expect(spans('Does it take BCBS PPO plans?', options)).toEqual([]);
    expect(spans('My HMO said BCBS.', options)).toEqual([]);
    // A known word in the run makes it a voice.
    expect(spans('WHAT A SCAM', options)).toEqual(['WHAT A SCAM']);
  });

  it('reads a state or province code after a place name as an address, not elsewhere', () => {
    expect(spans('I live in Portland OR.', options)).toEqual([]);
    expect(spans('Send it to Salem, OR please.', options)).toEqual([]);
    expect(spans('Refund me OR else.', options)).toEqual(['OR']);
    expect(spans('Portland. OR not.', options)).toEqual(['OR']);
  });

  it('lets one known past-tense verb shout alone from minLettersKnownAlone letters, not after a preposition', () => {
    const stressed: CapitalsOptions = { ...options, minLettersAlone: 5, minLettersKnownAlone: 3 };
    expect(spans('I was LIED to and they GOT paid.', stressed)).toEqual(['LIED', 'GOT']);
    expect(spans('It is LATE, delayed in LIT.', stressed)).toEqual([]);
    expect(spans('I was LIED to.', { ...stressed, minLettersKnownAlone: undefined })).toEqual([]);
  });

  it('reads a lone word opening a sentence with a colon as a heading, and one in brackets as a placeholder', () => {
    expect(spans('NOTE: it failed. Ask [NAME] again.', { ...options, minLettersAlone: 3 })).toEqual([]);
    expect(spans("You WON'T fix it.", options)).toEqual(["WON'T"]);
  });

  it('reads a contraction as one word', () => {
    const text = "I DON'T know.";
    expect(findCapitals(text, tagSentence(text), options).map(({ start, end }) => text.slice(start, end))).toEqual(["DON'T"]);
  });

  it('does not run across the end of a sentence', () => {
    const text = 'I said FINE. WHY not?';
    expect(findCapitals(text, tagSentence(text), { minWords: 2, minLettersAlone: 9 })).toEqual([]);
  });
});

describe('findMarkRuns', () => {
  it('reads a short run of "!" after thanks as warmth, within its sentence only', () => {
    const options: MarkRunOptions = { minRun: 2, enthusiasmMaxRun: 2 };
    const runs = (text: string) => findMarkRuns(text, tagSentence(text).tokens, options).map(({ start, end }) => text.slice(start, end));
    expect(runs('Thanks so much!!')).toEqual([]);
    expect(runs('Thanks so much!!!')).toEqual(['!!!']);
    expect(runs('Thanks. It is broken!!')).toEqual(['!!']);
    expect(runs('Thanks, really??')).toEqual(['??']);
  });
});
