import { onFirstUse } from '../on-first-use';
import { afinn, complaintLanguage, modifiers, moodCues } from './customer-lexicon';
import { compilePatterns, longestMatchAt, type CustomerText } from './customer-text';
import type { Token } from '../text/tokenize';

/** What the words of a message say about the customer's mood, before signals and punctuation. */
export interface SentimentEvidence {
  /** Sum of the unhappy weights, as a positive number. */
  negative: number;
  /** Sum of the happy weights. */
  positive: number;
  /** Polite phrases in a message that is not sarcastic. */
  politeness: number;
  /** The part of `negative` that judges or feels rather than reports what went wrong (`problemFacts` excluded). */
  judging: number;
}

interface Term {
  /** Undefined for a word listed only for its negated weight: it keeps its AFINN score otherwise. */
  weight: number | undefined;
  /** Weight when negated; undefined means the general negation rule applies. */
  negated: number | undefined;
  sarcasmProne: boolean;
}

const sarcasmProne = new Set(complaintLanguage.sarcasmProne);
const terms = new Map<string, Term>();
for (const [pattern, weight] of Object.entries(complaintLanguage.terms)) {
  terms.set(pattern, { weight, negated: undefined, sarcasmProne: sarcasmProne.has(pattern) });
}
for (const [pattern, negated] of Object.entries(complaintLanguage.negatedTerms)) {
  const term = terms.get(pattern);
  if (term) term.negated = negated;
  else terms.set(pattern, { weight: undefined, negated, sarcasmProne: false });
}
const termIndex = onFirstUse(() => compilePatterns(terms.entries()));
const politeIndex = onFirstUse(() => compilePatterns(complaintLanguage.politeness.map((pattern): [string, true] => [pattern, true])));
const negators = new Set(modifiers.negators);
const contrast = new Set(modifiers.contrast);
const intensifiers = new Map(Object.entries(modifiers.intensifiers));

interface Unit {
  term: Term;
  first: number;
  end: number;
}

/**
 * Lexicon sentiment with the customer-service reading: complaint phrases (longest match first) before AFINN,
 * negation within the clause, intensifiers, capitals, "but" shifting the weight to what follows, and praise
 * turned sarcastic when the rest of the message complains.
 */
export function scoreSentiment(text: CustomerText): SentimentEvidence {
  const tokens = text.tokens;
  const units = findUnits(text);
  const consumed = new Set<number>();
  for (const unit of units) for (let i = unit.first; i < unit.end; i++) consumed.add(i);
  const contrastAt = tokens.findIndex((token) => contrast.has(token.normal));

  const weights = units.map((unit) => {
    const negated = isNegated(tokens, unit.first, consumed);
    let weight = unit.term.weight ?? wordWeight(tokens[unit.first]!) ?? 0;
    if (negated) {
      if (unit.term.negated !== undefined) weight = unit.term.negated;
      else weight *= weight > 0 ? modifiers.negatedPositive : modifiers.negatedNegative;
    }
    weight *= intensifierBefore(tokens, unit.first);
    if (isCapitals(tokens, unit)) weight *= modifiers.capitals;
    if (contrastAt !== -1) weight *= unit.first > contrastAt ? modifiers.afterContrast : modifiers.beforeContrast;
    return { weight, negated };
  });

  let negative = 0;
  let judging = 0;
  weights.forEach(({ weight }, i) => {
    if (weight >= 0) return;
    negative -= weight;
    if (!reportsFact(tokens, units[i]!)) judging -= weight;
  });
  tokens.forEach((token, i) => {
    if (negators.has(token.normal) && !consumed.has(i)) negative += modifiers.negation;
  });
  let positive = 0;
  let sarcastic = false;
  units.forEach((unit, i) => {
    const { weight, negated } = weights[i]!;
    if (weight <= 0) return;
    if (unit.term.sarcasmProne && !negated && complaintAfter(tokens, units, weights, i) >= modifiers.sarcasmThreshold) {
      sarcastic = true;
      negative -= weight * modifiers.sarcasm;
      judging -= weight * modifiers.sarcasm;
    } else {
      positive += weight;
    }
  });
  return { negative, positive, politeness: sarcastic ? 0 : countPoliteness(text), judging };
}

const problemFacts = new Set(moodCues.problemFacts);

/** A unit that names what happened ("delayed", "lost") rather than how the customer judges it. */
function reportsFact(tokens: readonly Token[], unit: Unit): boolean {
  for (let i = unit.first; i < unit.end; i++) if (problemFacts.has(tokens[i]!.normal)) return true;
  return false;
}

/** Unhappy weight in the rest of the sentence after unit `index`: "thanks for the 3 hour delay" is not thanks. */
function complaintAfter(tokens: readonly Token[], units: Unit[], weights: { weight: number }[], index: number): number {
  let sum = 0;
  for (let j = index + 1; j < units.length; j++) {
    const unit = units[j]!;
    if (hasSentenceBreak(tokens, units[index]!.end, unit.first)) break;
    const { weight } = weights[j]!;
    if (weight < 0) sum -= weight;
  }
  return sum;
}

function hasSentenceBreak(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i <= to && i < tokens.length; i++) if (tokens[i]!.sentenceBreak) return true;
  return false;
}

function countPoliteness(text: CustomerText): number {
  const longest = longestMatchAt(politeIndex(), text);
  let count = 0;
  for (let i = 0; i < text.tokens.length; i++) {
    const match = longest.get(i);
    if (match) {
      count++;
      i = match.end - 1;
    }
  }
  return count;
}

/** Lexicon terms left to right, the longest match first; AFINN (with emoji) for the words no term covers. */
function findUnits(text: CustomerText): Unit[] {
  const tokens = text.tokens;
  const longest = longestMatchAt(termIndex(), text);
  const units: Unit[] = [];
  for (let i = 0; i < tokens.length; ) {
    const best = longest.get(i);
    if (best) {
      units.push({ term: best.payload, first: best.first, end: best.end });
      i = best.end;
      continue;
    }
    const weight = isModifier(tokens, i) ? undefined : wordWeight(tokens[i]!);
    if (weight !== undefined) units.push({ term: { weight, negated: undefined, sarcasmProne: false }, first: i, end: i + 1 });
    i++;
  }
  return units;
}

const emoticons = new Map(Object.entries(complaintLanguage.emoticons));
const hashtagStems = Object.entries(complaintLanguage.hashtagStems);
const negatedHashtags = complaintLanguage.negatedHashtags;
const ordinaryHashtags = new Set(negatedHashtags.exceptions);

/**
 * A word no term covers: AFINN or emoji score, a text face, a hashtag that opens with a negator, or the strongest
 * stem inside a hashtag.
 */
function wordWeight(token: Token): number | undefined {
  const weight = afinn[token.normal] ?? emoticons.get(token.normal);
  if (weight !== undefined || !token.hashtag) return weight;
  if (isNegatedHashtag(token.normal)) return negatedHashtags.weight;
  let strongest: number | undefined;
  for (const [stem, stemWeight] of hashtagStems) {
    if (token.normal.includes(stem) && Math.abs(stemWeight) > Math.abs(strongest ?? 0)) strongest = stemWeight;
  }
  return strongest;
}

/** "#nothappy", "#notcool": run-together negations are complaints, and the stem inside ("happy") would read as praise. */
function isNegatedHashtag(word: string): boolean {
  if (ordinaryHashtags.has(word)) return false;
  return negatedHashtags.prefixes.some((prefix) => word.startsWith(prefix) && word.length - prefix.length >= negatedHashtags.minimumRest);
}

/** Negators and intensifiers before a word act on it rather than count by themselves ("no" in "no delays"). */
function isModifier(tokens: readonly Token[], index: number): boolean {
  const word = tokens[index]!.normal;
  if (negators.has(word)) return true;
  const next = tokens[index + 1];
  return intensifiers.has(word) && next !== undefined && !next.clauseBreak;
}

/** A negator up to `negationWindow` written words before the unit, within its clause ("didn't" is one word). */
function isNegated(tokens: readonly Token[], first: number, consumed: Set<number>): boolean {
  let words = 0;
  for (let i = first - 1; i >= 0; i--) {
    const after = tokens[i + 1]!;
    if (!after.joined && ++words > modifiers.negationWindow) return false;
    if (after.clauseBreak) return false;
    if (negators.has(tokens[i]!.normal) && !consumed.has(i)) return true;
  }
  return false;
}

/** Multiplier of the intensifiers right before a unit ("so very late"), capitals included. */
function intensifierBefore(tokens: readonly Token[], first: number): number {
  let factor = 1;
  for (let i = first - 1; i >= 0 && !tokens[i + 1]!.clauseBreak; i--) {
    const multiplier = intensifiers.get(tokens[i]!.normal);
    if (multiplier === undefined) break;
    factor *= isUpperWord(writtenWord(tokens, i)) ? multiplier * modifiers.capitals : multiplier;
  }
  return factor;
}

/** Every word of the unit in capitals, a split contraction ("I'M") judged as written. */
function isCapitals(tokens: readonly Token[], unit: Unit): boolean {
  for (let i = unit.first; i < unit.end; i++) if (!isUpperWord(writtenWord(tokens, i))) return false;
  return true;
}

/** The word as written that token `index` is part of: "DON'T" for "DO" or "N'T". */
function writtenWord(tokens: readonly Token[], index: number): string {
  let first = index;
  while (tokens[first]!.joined && first > 0) first--;
  let last = index;
  while (tokens[last + 1]?.joined) last++;
  if (first === last) return tokens[index]!.text;
  let written = '';
  for (let i = first; i <= last; i++) written += tokens[i]!.text;
  return written;
}

function isUpperWord(written: string): boolean {
  return written.length > 1 && written === written.toUpperCase() && written !== written.toLowerCase();
}
