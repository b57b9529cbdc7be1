import type { TaggedSentence } from '../text/tag-sentence';
import type { Atom, Pattern, Step } from './pattern';

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
const noGroups: GroupSpans = {};

interface State {
  at: number;
  groups: GroupSpans;
}

/** The longest match of the pattern starting at token `start`, or null. A line pattern is matched against a line's tokens (`tagLine`). */
export function matchPatternAt(pattern: Pattern, sentence: TaggedSentence, start: number): PatternMatch | null {
  const ends: State[] = [];
  matchSteps(pattern.steps, 0, sentence, { at: start, groups: noGroups }, start, ends);
  let best: State | undefined;
  for (const state of ends) if (!best || state.at > best.at) best = state;
  if (!best || best.at === start) return null;
  return { start, end: best.at, groups: best.groups };
}

/** Collects in `ends` every state reachable by matching steps[index..] from `state`, longer repetitions first. */
function matchSteps(steps: readonly Step[], index: number, sentence: TaggedSentence, state: State, matchStart: number, ends: State[]): void {
  const step = steps[index];
  if (!step) {
    ends.push(state);
    return;
  }
  if (step.max === 1 && step.atom.kind !== 'alternatives') {
    const next = advanceSimple(step, sentence, state, matchStart);
    if (next) matchSteps(steps, index + 1, sentence, next, matchStart, ends);
    // An optional word ("(the)?") is tried present first, then skipped, as the general case below would.
    if (step.min === 0) matchSteps(steps, index + 1, sentence, state, matchStart, ends);
    return;
  }
  const reached: State[][] = [step.min === 0 ? [state] : []];
  let frontier: State[] = [state];
  for (let count = 1; count <= step.max && frontier.length > 0; count++) {
    const following: State[] = [];
    for (const from of frontier) advance(step, sentence, from, matchStart, following);
    frontier = following;
    if (count >= step.min) reached.push(frontier);
  }
  for (let i = reached.length - 1; i >= 0; i--) {
    for (const next of reached[i]!) matchSteps(steps, index + 1, sentence, next, matchStart, ends);
  }
}

/** One occurrence of the step's atom from `from`, pushing every state it can end in. */
function advance(step: Step, sentence: TaggedSentence, from: State, matchStart: number, into: State[]): void {
  if (step.atom.kind !== 'alternatives') {
    const next = advanceSimple(step, sentence, from, matchStart);
    if (next) into.push(next);
    return;
  }
  for (const option of step.atom.options) {
    if (!step.group) {
      matchSteps(option, 0, sentence, from, matchStart, into);
      continue;
    }
    const ends: State[] = [];
    matchSteps(option, 0, sentence, from, matchStart, ends);
    for (const end of ends) into.push(capture(step, from.at, end));
  }
}

/** One occurrence of an atom that matches at most one way: a word, a tag, a wildcard or an anchor. */
function advanceSimple(step: Step, sentence: TaggedSentence, from: State, matchStart: number): State | null {
  const atom = step.atom as Exclude<Atom, { kind: 'alternatives' }>;
  const at = from.at;
  if (atom.kind === 'sentence-start') return at === 0 ? from : null;
  if (atom.kind === 'sentence-end') return at === sentence.tokens.length ? from : null;
  const token = sentence.tokens[at];
  if (!token) return null;
  let accepted: boolean;
  if (atom.kind === 'word') accepted = (token.normal === atom.word) !== atom.negate;
  else if (atom.kind === 'words') accepted = atom.words.has(token.normal) !== atom.negate;
  else if (atom.kind === 'tag') accepted = (sentence.tags[at]?.has(atom.tag) ?? false) !== atom.negate;
  else accepted = !atom.withinClause || (!clauseOpeners.has(token.normal) && !(at > matchStart && clauseBreak.test(sentence.tokens[at - 1]!.punctuationAfter)));
  if (!accepted) return null;
  return capture(step, at, { at: at + 1, groups: from.groups });
}

function capture(step: Step, from: number, state: State): State {
  if (!step.group || state.at === from) return state;
  const previous = state.groups[step.group];
  const span: [number, number] = previous ? [Math.min(previous[0], from), Math.max(previous[1], state.at)] : [from, state.at];
  return { at: state.at, groups: { ...state.groups, [step.group]: span } };
}
