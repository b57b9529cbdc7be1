import { tokenize } from '../text/tokenize';
import { wordSets } from '../text/text-lexicon';

/**
 * Patterns in a subset of compromise's match syntax, matched against our own tokens:
 * `word`, `#Tag`, `.` (any word), `*` (any words), `!word`, `!(a|b)`, `(a|b c|#Tag)`, suffixes `?` `+` `*` `{min,max}`
 * `{min,}`, `^` and `$` anchors, named groups `[<name> ...]` whose text suggestions can reuse, and `@set` (`!@set`)
 * for a named word set of `lexicons/text/word-sets.json`, read as its alternatives: one family of meaning written once
 * for every rule.
 *
 * A pattern reads one sentence, or, as a line pattern, one line: there every punctuation mark is a token of its own
 * (`From:` is two tokens, `-{2,}` a run of dashes, `\.` a full stop, as `.` is any token), and `.` and `*` run over
 * any tokens of the line.
 */
export type PatternUnit = 'sentence' | 'line';

export type Atom =
  | { kind: 'word'; word: string; negate: boolean }
  /** Alternatives that are all single words, matched with one look-up; negated, one word that is none of them. */
  | { kind: 'words'; words: ReadonlySet<string>; negate: boolean }
  | { kind: 'tag'; tag: string; negate: boolean }
  /** Any token; in a sentence, one of the same clause as the match's start. */
  | { kind: 'any'; withinClause: boolean }
  | { kind: 'alternatives'; options: Step[][] }
  | { kind: 'sentence-start' }
  | { kind: 'sentence-end' };

export interface Step {
  atom: Atom;
  min: number;
  max: number;
  group?: string;
}

export interface Pattern {
  source: string;
  unit: PatternUnit;
  steps: Step[];
}

export class PatternSyntaxError extends Error {}

/** A contraction's ending written alone in a pattern, as in "(will|'ll)": the words it can stand for. */
const contractionFragments: Readonly<Record<string, string[]>> = {
  "'d": ['would', 'had'],
  "'ll": ['will'],
  "'ve": ['have'],
  "'re": ['are'],
  "'m": ['am'],
  "'s": ['is'],
  "n't": ['not'],
};

/** Parsed patterns by unit and source: every policy's rule set reuses the built-in rules' patterns, never changed once parsed. */
const parsed: Record<PatternUnit, Map<string, Pattern>> = { sentence: new Map(), line: new Map() };

export function parsePattern(source: string, unit: PatternUnit = 'sentence'): Pattern {
  const known = parsed[unit].get(source);
  if (known) return known;
  const parser = new PatternParser(withWordSets(source), unit);
  const steps = parser.sequence(new Set());
  if (!parser.done()) throw new PatternSyntaxError(`unexpected "${parser.peek()}" at ${parser.position} in pattern "${source}"`);
  if (steps.length === 0) throw new PatternSyntaxError(`empty pattern "${source}"`);
  const pattern = { source, unit, steps };
  parsed[unit].set(source, pattern);
  return pattern;
}

const setReference = /@([a-z0-9]+(?:-[a-z0-9]+)*)/g;

/** The pattern with each `@set` written out as its alternatives, `(a|b c)`: compromise's own match syntax. */
export function withWordSets(source: string): string {
  return source.replace(setReference, (_, name: string) => {
    const set = wordSets.sets[name];
    if (!set) throw new PatternSyntaxError(`unknown word set "@${name}" in pattern "${source}"`);
    return `(${set.words.join('|')})`;
  });
}

/** The alternatives as one set of words, when each is a single plain word. */
function singleWords(options: Step[][]): Atom | null {
  const words = new Set<string>();
  for (const option of options) {
    const only = option.length === 1 ? option[0]! : undefined;
    if (!only || only.min !== 1 || only.max !== 1 || only.atom.kind !== 'word' || only.atom.negate) return null;
    words.add(only.atom.word);
  }
  return { kind: 'words', words, negate: false };
}

class PatternParser {
  position = 0;
  private readonly any: Atom;

  constructor(
    private readonly source: string,
    private readonly unit: PatternUnit,
  ) {
    this.any = { kind: 'any', withinClause: unit === 'sentence' };
  }

  done(): boolean {
    this.skipSpaces();
    return this.position >= this.source.length;
  }

  peek(): string {
    return this.source[this.position] ?? '';
  }

  private skipSpaces(): void {
    while (this.peek() === ' ') this.position++;
  }

  private fail(reason: string): never {
    throw new PatternSyntaxError(`${reason} at ${this.position} in pattern "${this.source}"`);
  }

  /** Terms until one of the closing characters (not consumed). */
  sequence(closers: ReadonlySet<string>, group?: string): Step[] {
    const steps: Step[] = [];
    while (!this.done() && !closers.has(this.peek())) steps.push(...this.term(group));
    return steps;
  }

  private term(group?: string): Step[] {
    const char = this.peek();
    if (char === '[') {
      this.position++;
      const name = /^<([\w-]+)>/.exec(this.source.slice(this.position));
      if (!name?.[1]) this.fail('a group needs a name, as in [<name> ...]');
      if (group) this.fail('groups cannot be nested');
      this.position += name[0].length;
      const inner = this.sequence(new Set([']']), name[1]);
      if (this.peek() !== ']') this.fail('unclosed group');
      this.position++;
      if (inner.length === 0) this.fail('empty group');
      return inner;
    }
    if (char === '!' && this.source[this.position + 1] === '(') {
      this.position++;
      const alternatives = this.term(group)[0]!;
      if (alternatives.atom.kind !== 'words' || alternatives.min !== 1 || alternatives.max !== 1) this.fail('only single words can be negated, as in !(a|b)');
      return [{ ...alternatives, atom: { ...alternatives.atom, negate: true } }];
    }
    if (char === '(') {
      this.position++;
      const options: Step[][] = [];
      for (;;) {
        const option = this.sequence(new Set(['|', ')']));
        if (option.length === 0) this.fail('empty alternative');
        options.push(option);
        if (this.peek() === '|') this.position++;
        else if (this.peek() === ')') break;
        else this.fail('unclosed alternatives');
      }
      this.position++;
      return [this.withRepetition(singleWords(options) ?? { kind: 'alternatives', options }, group)];
    }
    if (char === '\\') {
      // A punctuation mark that is also pattern syntax, written as itself: "\." is a full stop.
      const mark = this.source[this.position + 1];
      if (this.unit !== 'line') this.fail('punctuation is a token only in a line pattern');
      if (mark === undefined || /[\s\p{L}\p{N}]/u.test(mark)) this.fail('a backslash escapes one punctuation mark');
      this.position += 2;
      return [this.withRepetition({ kind: 'word', word: mark, negate: false }, group)];
    }
    const word = /^[^\s()[\]|?+*{}^$\\]+|^[*^$]/.exec(this.source.slice(this.position));
    if (!word) this.fail(`unexpected "${char}"`);
    this.position += word[0].length;
    const text = word[0];
    if (text === '^') return [{ atom: { kind: 'sentence-start' }, min: 1, max: 1 }];
    if (text === '$') return [{ atom: { kind: 'sentence-end' }, min: 1, max: 1 }];
    if (text === '*') return [{ atom: this.any, min: 0, max: Number.POSITIVE_INFINITY, ...(group ? { group } : {}) }];
    if (text === '.') return [this.withRepetition(this.any, group)];
    const negate = text.startsWith('!');
    const body = negate ? text.slice(1) : text;
    if (body.startsWith('#')) {
      if (!/^#[A-Z][A-Za-z]*$/.test(body)) this.fail(`bad tag "${body}"`);
      return [this.withRepetition({ kind: 'tag', tag: body.slice(1), negate }, group)];
    }
    const fragment = contractionFragments[body.replace(/’/g, "'").toLowerCase()];
    if (fragment) {
      const options = fragment.map((w): Step[] => [{ atom: { kind: 'word', word: w, negate: false }, min: 1, max: 1 }]);
      return [this.withRepetition(options.length === 1 ? options[0]![0]!.atom : { kind: 'alternatives', options }, group)];
    }
    // A contraction in a pattern stands for its expansion, as in the text ("didn't" is "did not").
    const words = tokenize(body, { punctuation: this.unit === 'line' }).map((token) => token.normal);
    if (words.length === 0) this.fail(`bad word "${body}"`);
    if (words.length > 1 && negate) this.fail(`cannot negate the contraction "${body}"`);
    const steps = words.map((w): Step => ({ atom: { kind: 'word', word: w, negate }, min: 1, max: 1, ...(group ? { group } : {}) }));
    const last = steps.pop()!;
    return [...steps, this.withRepetition(last.atom, group)];
  }

  private withRepetition(atom: Atom, group?: string): Step {
    const step: Step = { atom, min: 1, max: 1, ...(group ? { group } : {}) };
    const char = this.peek();
    if (char === '?') {
      step.min = 0;
      this.position++;
    } else if (char === '+') {
      step.max = Number.POSITIVE_INFINITY;
      this.position++;
    } else if (char === '*') {
      step.min = 0;
      step.max = Number.POSITIVE_INFINITY;
      this.position++;
    } else if (char === '{') {
      const range = /^\{(\d+),(\d*)\}/.exec(this.source.slice(this.position));
      if (!range) this.fail('bad repetition, expected {min,max} or {min,}');
      step.min = Number(range[1]);
      step.max = range[2] === '' ? Number.POSITIVE_INFINITY : Number(range[2]);
      if (step.min > step.max) this.fail('repetition minimum above its maximum');
      this.position += range[0].length;
    }
    return step;
  }
}
