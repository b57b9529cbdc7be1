import type { Token } from '../text/tokenize';
import type { Atom, Pattern, Step } from './pattern';

export interface TaggedSentence {
  tokens: readonly Token[];
  tags: readonly ReadonlySet<string>[];
}

/** Token index ranges of the named groups, end exclusive. */
export type GroupSpans = Readonly<Record<string, readonly [number, number]>>;

export interface PatternMatch {
  /** Token indices, end exclusive. */
  start: number;
  end: number;
  groups: GroupSpans;
}

const clauseBreak = /[,;:.!?()"“”—–]/;
/** Words that open a new clause: a wildcard stops before them, so a match stays within one thought. */
const clauseOpeners = new Set(['but', 'so', 'because', 'since', 'although', 'though', 'while', 'whereas', 'which', 'unless', 'and', 'or', 'however']);

interface State {
  at: number;
  groups: GroupSpans;
}

/** The longest match of the pattern starting at token `start`, or null. */
export function matchPatternAt(pattern: Pattern, sentence: TaggedSentence, start: number): PatternMatch | null {
  let best: State | null = null;
  for (const state of matchSteps(pattern.steps, 0, sentence, { at: start, groups: {} }, start)) {
    if (!best || state.at > best.at) best = state;
  }
  if (!best || best.at === start) return null;
  return { start, end: best.at, groups: best.groups };
}

function matchSteps(steps: readonly Step[], index: number, sentence: TaggedSentence, state: State, matchStart: number): State[] {
  const step = steps[index];
  if (!step) return [state];
  const results: State[] = [];
  let frontier: State[] = [state];
  const reached: State[][] = [step.min === 0 ? [state] : []];
  for (let count = 1; count <= step.max && frontier.length > 0; count++) {
    frontier = frontier.flatMap((from) => matchAtom(step, sentence, from, matchStart));
    if (count >= step.min) reached.push(frontier);
  }
  // Longer repetitions first, as compromise prefers.
  for (let i = reached.length - 1; i >= 0; i--) {
    for (const next of reached[i] ?? []) results.push(...matchSteps(steps, index + 1, sentence, next, matchStart));
  }
  return results;
}

function matchAtom(step: Step, sentence: TaggedSentence, from: State, matchStart: number): State[] {
  const atom: Atom = step.atom;
  const at = from.at;
  switch (atom.kind) {
    case 'sentence-start':
      return at === 0 ? [from] : [];
    case 'sentence-end':
      return at === sentence.tokens.length ? [from] : [];
    case 'alternatives':
      return atom.options.flatMap((option) =>
        matchSteps(option, 0, sentence, from, matchStart).map((state) => capture(step, from.at, state)),
      );
    default: {
      const token = sentence.tokens[at];
      if (!token) return [];
      if (!atomAccepts(atom, token, sentence.tags[at], at > matchStart ? sentence.tokens[at - 1] : undefined)) return [];
      return [capture(step, at, { at: at + 1, groups: from.groups })];
    }
  }
}

function atomAccepts(
  atom: Extract<Atom, { kind: 'word' | 'tag' | 'any' }>,
  token: Token,
  tags: ReadonlySet<string> | undefined,
  previousInMatch: Token | undefined,
): boolean {
  if (atom.kind === 'word') return (token.normal === atom.word) !== atom.negate;
  if (atom.kind === 'tag') return (tags?.has(atom.tag) ?? false) !== atom.negate;
  if (clauseOpeners.has(token.normal)) return false;
  return !(previousInMatch && clauseBreak.test(previousInMatch.punctuationAfter));
}

function capture(step: Step, from: number, state: State): State {
  if (!step.group || state.at === from) return state;
  const previous = state.groups[step.group];
  const span: [number, number] = previous ? [Math.min(previous[0], from), Math.max(previous[1], state.at)] : [from, state.at];
  return { at: state.at, groups: { ...state.groups, [step.group]: span } };
}
