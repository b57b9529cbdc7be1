import { describe, expect, it } from 'vitest';
import { parsePattern, PatternSyntaxError, type PatternUnit, type Step } from './pattern';

/** A compact reading of the steps: kind, words or tag, repetition and group. */
function read(source: string, unit: PatternUnit = 'sentence'): string[] {
  return parsePattern(source, unit).steps.map(describe_);
}

function describe_(step: Step): string {
  const atom = step.atom;
  const body =
    atom.kind === 'word' ? `${atom.negate ? '!' : ''}${atom.word}`
    : atom.kind === 'words' ? `${atom.negate ? '!' : ''}{${[...atom.words].join(',')}}`
    : atom.kind === 'tag' ? `${atom.negate ? '!' : ''}#${atom.tag}`
    : atom.kind === 'alternatives' ? `(${atom.options.map((option) => option.map(describe_).join(' ')).join('|')})`
    : atom.kind === 'any' && !atom.withinClause ? 'any-token'
    : atom.kind;
  const repetition = step.min === 1 && step.max === 1 ? '' : `{${step.min},${step.max === Number.POSITIVE_INFINITY ? '' : step.max}}`;
  return `${body}${repetition}${step.group ? `<${step.group}>` : ''}`;
}

describe('parsePattern', () => {
  it('reads words in lower case with straight apostrophes', () => {
    expect(read('Please Check')).toEqual(['please', 'check']);
  });

  it('reads a contraction as its expansion, and an ending alone as what it can stand for', () => {
    expect(read("didn't")).toEqual(['did', 'not']);
    expect(read('I’ve')).toEqual(['i', 'have']);
    expect(read("you 'd")).toEqual(['you', '(would|had)']);
    expect(read("(will|'ll)")).toEqual(['{will}']);
  });

  it('reads tags, product tags and negation', () => {
    expect(read('#Noun #Count #HashTag !not !#Verb')).toEqual(['#Noun', '#Count', '#HashTag', '!not', '!#Verb']);
  });

  it('reads a negated set of single words', () => {
    expect(read('!(not|never) sure')).toEqual(['!{not,never}', 'sure']);
  });

  it('reads . as one word and * as any words', () => {
    expect(read('. * .?')).toEqual(['any', 'any{0,}', 'any{0,1}']);
  });

  it('reads alternatives: single words as one set, longer ones as options', () => {
    expect(read('(a|b|c)')).toEqual(['{a,b,c}']);
    expect(read('(a|b c|#Value)')).toEqual(['(a|b c|#Value)']);
  });

  it('reads repetition suffixes', () => {
    expect(read('a? b+ c* (d|e){1,3}')).toEqual(['a{0,1}', 'b{1,}', 'c{0,}', '{d,e}{1,3}']);
    expect(read("can't?")).toEqual(['can', 'not{0,1}']);
  });

  it('reads anchors and named groups', () => {
    expect(read('^ [<what> (the|a)? #Noun] $')).toEqual(['sentence-start', '{the,a}{0,1}<what>', '#Noun<what>', 'sentence-end']);
  });

  it('reads {min,} as at least min', () => {
    expect(read('very{2,} late')).toEqual(['very{2,}', 'late']);
  });

  it('reads a line pattern: punctuation marks are words, escaped where they are syntax, and . and * any tokens', () => {
    expect(read('^ from: . *', 'line')).toEqual(['sentence-start', 'from', ':', 'any-token', 'any-token{0,}']);
    expect(read('-{2,} > _ (\\.|\\!)? \\*', 'line')).toEqual(['-{2,}', '>', '_', '{.,!}{0,1}', '*']);
    // In a sentence, punctuation is not a token: "wrote:" is the word alone.
    expect(read('wrote:')).toEqual(['wrote']);
    expect(() => parsePattern('ok \\.')).toThrow(/only in a line pattern/);
    expect(() => parsePattern('ok \\a', 'line')).toThrow(/escapes one punctuation mark/);
  });

  it('reads @set as the alternatives of a named word set, negated with !@set', () => {
    expect(read('not @minimisers')).toEqual(['not', '{just,only,simply,merely,purely,barely,hardly,literally,basically}']);
    expect(read('!@minimisers')).toEqual(['!{just,only,simply,merely,purely,barely,hardly,literally,basically}']);
    expect(read('@fault-nouns')[0]).toMatch(/^\{fault,error,/);
  });

  it.each([
    ['', /empty pattern/],
    ['@no-such-set', /unknown word set/],
    ['!@third-parties', /only single words can be negated/],
    ['(a|b', /unclosed alternatives/],
    ['(a||b)', /empty alternative/],
    ['[a b]', /needs a name/],
    ['[<x> [<y> a]]', /cannot be nested/],
    ['[<x> a', /unclosed group/],
    ['[<x> ]', /empty group/],
    ['#noun', /bad tag/],
    ['a{2}', /bad repetition/],
    ['a{3,1}', /minimum above its maximum/],
    ["!didn't", /cannot negate/],
    ['!(a|b c)', /only single words can be negated/],
    ['!(a|b)?', /only single words can be negated/],
    ['a ) b', /unexpected/],
  ])('rejects %j', (source, message) => {
    expect(() => parsePattern(source)).toThrow(PatternSyntaxError);
    expect(() => parsePattern(source)).toThrow(message);
  });
});
