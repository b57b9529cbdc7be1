import { describe, expect, it } from 'vitest';
import { tagLine, tagSentence } from '../text/tag-sentence';
import { matchPatternAt } from './match-pattern';
import { parsePattern } from './pattern';

/** The text of every match, the longest at each start, left to right. */
function matches(source: string, text: string): string[] {
  const pattern = parsePattern(source);
  const sentence = tagSentence(text);
  const found: string[] = [];
  for (let i = 0; i < sentence.tokens.length; i++) {
    const match = matchPatternAt(pattern, sentence, i);
    if (match) found.push(text.slice(sentence.tokens[match.start]!.start, sentence.tokens[match.end - 1]!.end));
  }
  return found;
}

describe('matchPatternAt', () => {
  it('matches whole words in any case', () => {
    expect(matches('sue', 'Pursue it, Sue')).toEqual(['Sue']);
    expect(matches('close my account', 'Please CLOSE my account.')).toEqual(['CLOSE my account']);
  });

  it('matches a contraction written either way', () => {
    expect(matches("i've", "I've asked, I have asked")).toEqual(["I've", 'I have']);
    expect(matches("you 'd", "you'd followed it, you'd like it, you would")).toEqual(["you'd", "you'd", 'you would']);
  });

  it('matches alternatives, single words or longer', () => {
    expect(matches('(cancel|close) my (account|plan)', 'cancel my plan and close my account')).toEqual(['cancel my plan', 'close my account']);
    expect(matches('(no one|nobody) (called|replied)', 'no one called, nobody replied')).toEqual(['no one called', 'nobody replied']);
  });

  it('matches tags, product tags among them', () => {
    expect(matches('#Count times', 'five times, 12 times, one time')).toEqual(['five times', '12 times']);
    expect(matches('for the? #Nth time', 'for the 3rd time, for the first time')).toEqual(['for the 3rd time']);
    expect(matches('#Masked', 'what the f*** is this sh*t')).toEqual(['f***', 'sh*t']);
  });

  it('matches negated words and tags', () => {
    expect(matches('not !really', 'not sure, not really')).toEqual(['not sure']);
    expect(matches('the !#Noun', 'the big one')).toEqual(['the big']);
  });

  it('matches a negated set of words: one word that is none of them, never nothing', () => {
    expect(matches('!(not|never) responsible', 'we are responsible, not responsible, never responsible')).toEqual(['are responsible']);
    expect(matches('!(not|never) responsible', 'responsible')).toEqual([]);
    expect(matches('(^|!(something|anything)) we are responsible', 'We are responsible, and something we are responsible for')).toEqual(['We are responsible']);
  });

  it('matches . as one word within a clause, not across a comma or a clause opener', () => {
    expect(matches('need . today', 'I need it today')).toEqual(['need it today']);
    expect(matches('need . today', 'I need, today')).toEqual([]);
    expect(matches('need . today', 'I need but today')).toEqual([]);
  });

  it('matches * as any words within a clause, the longest match', () => {
    expect(matches('i * sorry', 'I am very very sorry')).toEqual(['I am very very sorry']);
    expect(matches('i * sorry', 'I am here, very sorry')).toEqual([]);
  });

  it('matches optional and repeated steps', () => {
    expect(matches('so? sorry', 'so sorry, sorry')).toEqual(['so sorry', 'sorry', 'sorry']);
    expect(matches('very+ late', 'very very late')).toEqual(['very very late', 'very late']);
    expect(matches('(really|so){1,2} late', 'really so late, so so so late')).toEqual(['really so late', 'so late', 'so so late', 'so late']);
  });

  it('matches anchors at the ends of the sentence', () => {
    expect(matches('^ thanks', 'Thanks, thanks')).toEqual(['Thanks']);
    expect(matches('thanks $', 'Thanks, thanks')).toEqual(['thanks']);
  });

  it('matches a line pattern over a line: punctuation marks as tokens, . and * across clauses', () => {
    const line = (source: string, text: string) => matchPatternAt(parsePattern(source, 'line'), tagLine(text), 0) !== null;
    expect(line('^ on .{1,60} wrote : $', 'On Mon, 3 Jun, Smith and Jones <a@b.com> wrote:')).toBe(true);
    expect(line('^ on .{1,60} wrote : $', 'On Monday I wrote: please refund me.')).toBe(false);
    expect(line('^ -{2,} original message -{2,} $', '-------- Original Message --------')).toBe(true);
    expect(line('^ - - $', '---')).toBe(false);
    expect(line('^ sent from my !#Punctuation{1,2} (\\.|\\!)? $', 'Sent from my iPhone.')).toBe(true);
    expect(line('^ sent from my !#Punctuation{1,2} (\\.|\\!)? $', 'Sent from my phone: call me')).toBe(false);
  });

  it('gives the spans of named groups', () => {
    const sentence = tagSentence('please check the router');
    const match = matchPatternAt(parsePattern('please [<action> #Verb] the? [<thing> #Noun]'), sentence, 0);
    expect(match?.groups).toEqual({ action: [1, 2], thing: [3, 4] });
  });
});
