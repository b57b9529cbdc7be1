import { tokenClasses } from './customer-lexicon';
import type { CustomerToken } from './tokenize-customer';

/*
 * The one rule kind behind every customer lexicon: a phrase written as space-separated token patterns.
 *   word          that word (lower case, apostrophes straight: "i've")
 *   a|b|c         any of these words
 *   #num          a count: digits or a count word ("5", "five", "several")
 *   #ord          an ordinal from second on ("3rd", "third")
 *   #masked       a word with asterisks in it ("f***", "sh*t")
 *   #duration     a number run together with a unit of time ("2hrs", "45min"), as hurried writers type it
 *   *             any one word
 *   x?            (suffix) the token may be absent
 * Phrases never run across the end of a sentence.
 */

interface Step {
  words: Set<string>;
  classes: TokenClass[];
}

type TokenClass = '#num' | '#ord' | '#masked' | '#duration' | '*';

const CLASS_NAMES = new Set<string>(['#num', '#ord', '#masked', '#duration', '*']);

export interface PhraseMatch<T> {
  value: T;
  /** Index of the first token matched. */
  first: number;
  /** Index after the last token matched. */
  end: number;
}

export interface PhraseMatcher<T> {
  /** Every phrase that matches from token `index` on, in no particular order. */
  matchAt(tokens: CustomerToken[], index: number): PhraseMatch<T>[];
}

const counts = new Set(tokenClasses.counts);
const ordinals = new Set(tokenClasses.ordinals);
const durationUnits = new Set(tokenClasses.durationUnits);

export function compilePhrases<T>(entries: Iterable<[pattern: string, value: T]>): PhraseMatcher<T> {
  const byFirst = new Map<string, { steps: Step[]; value: T }[]>();
  for (const [pattern, value] of entries) {
    for (const steps of expandOptional(pattern)) {
      const first = steps[0]!;
      for (const key of [...first.words, ...first.classes]) {
        const list = byFirst.get(key) ?? [];
        list.push({ steps, value });
        byFirst.set(key, list);
      }
    }
  }

  return {
    matchAt(tokens, index) {
      const token = tokens[index]!;
      const matches: PhraseMatch<T>[] = [];
      for (const key of keysOf(token)) {
        for (const phrase of byFirst.get(key) ?? []) {
          const end = matchSteps(phrase.steps, tokens, index);
          if (end !== -1) matches.push({ value: phrase.value, first: index, end });
        }
      }
      return matches;
    },
  };
}

/** Throws on a pattern the matcher cannot read, so lexicon tests catch typos. */
export function parsePattern(pattern: string): { step: Step; optional: boolean }[] {
  const parts = pattern.trim().split(/\s+/);
  if (parts.length === 0 || parts[0] === '') throw new Error(`Empty pattern`);
  return parts.map((part) => {
    const optional = part.length > 1 && part.endsWith('?');
    const body = optional ? part.slice(0, -1) : part;
    const step: Step = { words: new Set(), classes: [] };
    for (const alternative of body.split('|')) {
      if (CLASS_NAMES.has(alternative)) step.classes.push(alternative as TokenClass);
      else if (/^[\p{Ll}\p{N}'*\p{Extended_Pictographic}]+$/u.test(alternative)) step.words.add(alternative);
      else throw new Error(`Pattern "${pattern}": "${alternative}" is neither a lower-case word nor a class`);
    }
    return { step, optional };
  });
}

function expandOptional(pattern: string): Step[][] {
  let sequences: Step[][] = [[]];
  for (const { step, optional } of parsePattern(pattern)) {
    const withStep = sequences.map((sequence) => [...sequence, step]);
    sequences = optional ? [...sequences, ...withStep] : withStep;
  }
  const nonEmpty = sequences.filter((sequence) => sequence.length > 0);
  if (nonEmpty.length < sequences.length) throw new Error(`Pattern "${pattern}" can match nothing`);
  return nonEmpty;
}

function matchSteps(steps: Step[], tokens: CustomerToken[], index: number): number {
  for (let s = 1; s < steps.length; s++) {
    const token = tokens[index + s];
    if (!token || token.sentenceBreak || !stepAccepts(steps[s]!, token)) return -1;
  }
  return index + steps.length;
}

function stepAccepts(step: Step, token: CustomerToken): boolean {
  if (step.words.has(token.norm)) return true;
  return step.classes.some((tokenClass) => isOfClass(token.norm, tokenClass));
}

function keysOf(token: CustomerToken): string[] {
  const keys = [token.norm, '*'];
  if (isOfClass(token.norm, '#num')) keys.push('#num');
  if (isOfClass(token.norm, '#ord')) keys.push('#ord');
  if (isOfClass(token.norm, '#masked')) keys.push('#masked');
  if (isOfClass(token.norm, '#duration')) keys.push('#duration');
  return keys;
}

function isOfClass(word: string, tokenClass: TokenClass): boolean {
  switch (tokenClass) {
    case '*':
      return true;
    case '#num':
      return /^\d+$/.test(word) || counts.has(word);
    case '#ord':
      return (/^\d+(?:st|nd|rd|th)$/.test(word) && !/^(?:0|1)\D/.test(word)) || ordinals.has(word);
    case '#masked':
      return word.includes('*');
    case '#duration':
      return isDuration(word);
  }
}

/** Runs for every token of every message, so a character scan rather than a regular expression. */
function isDuration(word: string): boolean {
  let digits = 0;
  while (digits < word.length && isDigit(word.charCodeAt(digits))) digits++;
  return digits > 0 && digits < word.length && durationUnits.has(word.slice(digits));
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
