import { afinn, complaintLanguage, modifiers } from './customer-lexicon';
import { compilePhrases } from './phrase-pattern';
import type { CustomerToken } from './tokenize-customer';

/** What the words of a message say about the customer's mood, before signals and punctuation. */
export interface SentimentEvidence {
  /** Sum of the unhappy weights, as a positive number. */
  negative: number;
  /** Sum of the happy weights. */
  positive: number;
  /** Polite phrases in a message that is not sarcastic. */
  politeness: number;
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
const termMatcher = compilePhrases(terms.entries());
const politeMatcher = compilePhrases(complaintLanguage.politeness.map((pattern): [string, true] => [pattern, true]));
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
export function scoreSentiment(tokens: CustomerToken[]): SentimentEvidence {
  const units = findUnits(tokens);
  const consumed = new Set<number>();
  for (const unit of units) for (let i = unit.first; i < unit.end; i++) consumed.add(i);
  const contrastAt = tokens.findIndex((token) => contrast.has(token.norm));

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
  for (const { weight } of weights) if (weight < 0) negative -= weight;
  tokens.forEach((token, i) => {
    if (negators.has(token.norm) && !consumed.has(i)) negative += modifiers.negation;
  });
  let positive = 0;
  let sarcastic = false;
  units.forEach((unit, i) => {
    const { weight, negated } = weights[i]!;
    if (weight <= 0) return;
    if (unit.term.sarcasmProne && !negated && complaintAfter(tokens, units, weights, i) >= modifiers.sarcasmThreshold) {
      sarcastic = true;
      negative -= weight * modifiers.sarcasm;
    } else {
      positive += weight;
    }
  });
  return { negative, positive, politeness: sarcastic ? 0 : countPoliteness(tokens) };
}

/** Unhappy weight in the rest of the sentence after unit `index`: "thanks for the 3 hour delay" is not thanks. */
function complaintAfter(tokens: CustomerToken[], units: Unit[], weights: { weight: number }[], index: number): number {
  let sum = 0;
  for (let j = index + 1; j < units.length; j++) {
    const unit = units[j]!;
    if (hasSentenceBreak(tokens, units[index]!.end, unit.first)) break;
    const { weight } = weights[j]!;
    if (weight < 0) sum -= weight;
  }
  return sum;
}

function hasSentenceBreak(tokens: CustomerToken[], from: number, to: number): boolean {
  for (let i = from; i <= to && i < tokens.length; i++) if (tokens[i]!.sentenceBreak) return true;
  return false;
}

function countPoliteness(tokens: CustomerToken[]): number {
  let count = 0;
  for (let i = 0; i < tokens.length; i++) {
    const longest = Math.max(0, ...politeMatcher.matchAt(tokens, i).map((match) => match.end));
    if (longest > 0) {
      count++;
      i = longest - 1;
    }
  }
  return count;
}

/** Lexicon terms left to right, the longest match first; AFINN (with emoji) for the words no term covers. */
function findUnits(tokens: CustomerToken[]): Unit[] {
  const units: Unit[] = [];
  for (let i = 0; i < tokens.length; ) {
    let best: Unit | undefined;
    for (const match of termMatcher.matchAt(tokens, i)) {
      if (!best || match.end > best.end) best = { term: match.value, first: match.first, end: match.end };
    }
    if (best) {
      units.push(best);
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
const ordinaryHashtags = new Set(negatedHashtags.except);

/**
 * A word no term covers: AFINN or emoji score, a text face, a hashtag that opens with a negator, or the strongest
 * stem inside a hashtag.
 */
function wordWeight(token: CustomerToken): number | undefined {
  const weight = afinn[token.norm] ?? emoticons.get(token.norm);
  if (weight !== undefined || !token.hashtag) return weight;
  if (isNegatedHashtag(token.norm)) return negatedHashtags.weight;
  let strongest: number | undefined;
  for (const [stem, stemWeight] of hashtagStems) {
    if (token.norm.includes(stem) && Math.abs(stemWeight) > Math.abs(strongest ?? 0)) strongest = stemWeight;
  }
  return strongest;
}

/** "#nothappy", "#notcool": run-together negations are complaints, and the stem inside ("happy") would read as praise. */
function isNegatedHashtag(word: string): boolean {
  if (ordinaryHashtags.has(word)) return false;
  return negatedHashtags.prefixes.some((prefix) => word.startsWith(prefix) && word.length - prefix.length >= negatedHashtags.minimumRest);
}

/** Negators and intensifiers before a word act on it rather than count by themselves ("no" in "no delays"). */
function isModifier(tokens: CustomerToken[], index: number): boolean {
  const word = tokens[index]!.norm;
  if (negators.has(word)) return true;
  const next = tokens[index + 1];
  return intensifiers.has(word) && next !== undefined && !next.clauseBreak;
}

function isNegated(tokens: CustomerToken[], first: number, consumed: Set<number>): boolean {
  for (let i = first - 1; i >= 0 && i >= first - modifiers.negationWindow; i--) {
    if (tokens[i + 1]!.clauseBreak) return false;
    if (negators.has(tokens[i]!.norm) && !consumed.has(i)) return true;
  }
  return false;
}

/** Multiplier of the intensifiers right before a unit ("so very late"), capitals included. */
function intensifierBefore(tokens: CustomerToken[], first: number): number {
  let factor = 1;
  for (let i = first - 1; i >= 0 && !tokens[i + 1]!.clauseBreak; i--) {
    const multiplier = intensifiers.get(tokens[i]!.norm);
    if (multiplier === undefined) break;
    factor *= isUpperWord(tokens[i]!.raw) ? multiplier * modifiers.capitals : multiplier;
  }
  return factor;
}

function isCapitals(tokens: CustomerToken[], unit: Unit): boolean {
  for (let i = unit.first; i < unit.end; i++) if (!isUpperWord(tokens[i]!.raw)) return false;
  return true;
}

function isUpperWord(raw: string): boolean {
  return raw.length > 1 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
}
