import { describe, expect, it } from 'vitest';
import { buildSuggestions } from './build-suggestions';

/** The suggestions for replacing `phrase` where it stands in `sentence`. */
function suggest(templates: string[], sentence: string, phrase: string, groups: Record<string, string> = {}) {
  const start = sentence.indexOf(phrase);
  return buildSuggestions(templates, { sentence, start, end: start + phrase.length, groups });
}

describe('buildSuggestions', () => {
  it('gives a mid-sentence replacement a lower-case start, whatever the case of the replaced text', () => {
    expect(suggest(['By the end of today'], 'I will look into it ASAP and reply.', 'ASAP').suggestions).toEqual(['by the end of today']);
    expect(suggest(['As soon as I can'], 'I will look into it As Soon As Possible.', 'As Soon As Possible').suggestions).toEqual(['as soon as I can']);
  });

  it('gives a sentence-start replacement a capital, also after a bullet or an opening quote', () => {
    expect(suggest(['i can help with that'], 'calm down, please.', 'calm down').suggestions).toEqual(['I can help with that']);
    expect(suggest(['here is what I can do'], '- NO WAY we can do that.', 'NO WAY we can do that').suggestions).toEqual(['Here is what I can do']);
    expect(suggest(['thanks for checking'], '"Obviously it works."', 'Obviously it works').suggestions).toEqual(['Thanks for checking']);
  });

  it('keeps the capital of "I", acronyms, mixed case and days mid-sentence', () => {
    const sentence = 'Sure, you should have restarted it.';
    expect(suggest(["I'll restart it for you"], sentence, 'you should have restarted it').suggestions).toEqual(["I'll restart it for you"]);
    expect(suggest(['PDF copies are attached'], sentence, 'you should have restarted it').suggestions).toEqual(['PDF copies are attached']);
    expect(suggest(['iPhone settings can do it'], sentence, 'you should have restarted it').suggestions).toEqual(['iPhone settings can do it']);
    expect(suggest(['Monday at the latest'], sentence, 'you should have restarted it').suggestions).toEqual(['Monday at the latest']);
    expect(suggest(['Now it restarts'], sentence, 'you should have restarted it').suggestions).toEqual(['now it restarts']);
  });

  it('takes over the closing mark when a suggestion brings its own', () => {
    const result = suggest(['could you attach the file?'], 'You forgot to attach the file.', 'You forgot to attach the file');
    expect(result.suggestions).toEqual(['Could you attach the file?']);
    expect(result.end).toBe('You forgot to attach the file.'.length);
  });

  it('fills groups and drops a template whose group the match lacks', () => {
    expect(suggest(['{verb|infinitive} it for you', '{missing} it'], 'I restarted it.', 'restarted it', { verb: 'restarted' }).suggestions).toEqual([
      'restart it for you',
    ]);
  });
});
