import type { Finding } from '../types';
import type { Token } from '../text/tokenize';
import type { TaggedSentence } from '../text/tag-sentence';
import type { PatternMatch } from './match-pattern';
import { isExcepted } from './is-excepted';
import { buildSuggestions } from './build-suggestions';
import type { CompiledCapitalsRule, CompiledPunctuationRule, RuleSet } from './compile-rules';
import { findQuotedSpans } from './find-quoted-spans';
import { severityWeight } from './severities';

const markRun = /[!?]{2,}/;

/** A finding with offsets into its sentence. */
export type SentenceFinding = Finding;

/** The findings of one sentence, offsets relative to it, without overlaps. */
export function findSentenceFindings(text: string, sentence: TaggedSentence, rules: RuleSet): SentenceFinding[] {
  const findings: SentenceFinding[] = [];
  for (const { payload: rule, match } of rules.phrases.findAll(sentence)) {
    if (isExcepted(rule.exceptions, sentence, match)) continue;
    if (rule.loudOnly && !markRun.test(sentence.tokens[match.end - 1]!.punctuationAfter)) continue;
    const start = sentence.tokens[match.start]!.start;
    const end = sentence.tokens[match.end - 1]!.end;
    const groups = Object.fromEntries(
      Object.entries(match.groups).map(([name, [from, to]]) => [name, text.slice(sentence.tokens[from]!.start, sentence.tokens[to - 1]!.end)]),
    );
    const adapted = buildSuggestions(rule.suggestions, { sentence: text, start, end, groups });
    findings.push({
      start: adapted.start,
      end: adapted.end,
      text: text.slice(adapted.start, adapted.end),
      ruleId: rule.id,
      category: rule.category,
      severity: rule.severity,
      message: rule.message,
      suggestions: adapted.suggestions,
    });
  }
  for (const rule of rules.capitals) findings.push(...findCapitals(text, sentence.tokens, rule));
  for (const rule of rules.punctuation) findings.push(...findPunctuation(text, sentence.tokens, rule));

  const accepted = rules.accepted.findAll(sentence).map(({ match }) => charSpan(sentence.tokens, match));
  // Words in quotation marks or code are someone else's: an error message, a label on screen, the customer.
  const quoted = findQuotedSpans(text);
  const kept = findings.filter(
    (finding) =>
      !accepted.some(([start, end]) => start < finding.end && finding.start < end) &&
      !quoted.some(([start, end]) => start <= finding.start && finding.end <= end),
  );
  return withoutOverlaps(kept);
}

function charSpan(tokens: readonly Token[], match: PatternMatch): [number, number] {
  return [tokens[match.start]!.start, tokens[match.end - 1]!.end];
}

/** Where findings of one category overlap, the more severe wins, then the longer, then the earlier; different categories may overlap. */
function withoutOverlaps(findings: SentenceFinding[]): SentenceFinding[] {
  const ranked = [...findings].sort(
    (a, b) => severityWeight(b.severity) - severityWeight(a.severity) || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: SentenceFinding[] = [];
  for (const finding of ranked) {
    if (!kept.some((other) => other.category === finding.category && other.start < finding.end && finding.start < other.end)) kept.push(finding);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function findCapitals(text: string, tokens: readonly Token[], rule: CompiledCapitalsRule): SentenceFinding[] {
  const findings: SentenceFinding[] = [];
  const shouted = (token: Token): boolean =>
    token.upperCase && !isIdentifier(text, token) && !rule.acronyms.has(token.text.replace(/[’']/g, "'").replace(/'.*$/, ''));
  for (let i = 0; i < tokens.length; ) {
    if (!shouted(tokens[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j < tokens.length && (shouted(tokens[j]!) || isContractionTail(tokens, j))) j++;
    const run = tokens.slice(i, j);
    const longest = Math.max(...run.map((token) => token.text.replace(/[^\p{L}]/gu, '').length));
    const emphasis = run.some((token) => rule.emphasisWords.has(token.text.replace(/’/g, "'")));
    const before = text.slice(0, run[0]!.start);
    const label = menuStep.test(before) || (run.length === 1 && (rule.labelCues.has(tokens[i - 1]?.normal ?? '') || /["“'‘]$/.test(before)));
    if (!label && (run.length >= rule.minWords || longest >= rule.minLettersAlone || emphasis)) {
      const start = run[0]!.start;
      const end = run[run.length - 1]!.end;
      const original = text.slice(start, end);
      const atSentenceStart = text.slice(0, start).trim() === '';
      const lower = original.toLowerCase();
      const fixed = atSentenceStart ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
      findings.push({
        start,
        end,
        text: original,
        ruleId: rule.id,
        category: rule.category,
        severity: rule.severity,
        message: rule.message,
        suggestions: [fixed.replace(/\bi\b/g, 'I')],
      });
    }
    i = j;
  }
  return findings;
}

/** A step of a menu path ("Settings > Help > I STILL NEED HELP") is a label on screen. */
const menuStep = /(?:>|&gt;|→|»)[^\p{Ll}>]*$/u;
const identifierMark = /[@_#\d\\/]/;
const whitespace = /\s/;

/** Capitals joined to a handle's "@", an underscore, a digit or a path ("@BMBLFCK", "SKU_ID", "HKLM\\Software") name something: they are not raised voice. */
function isIdentifier(text: string, token: Token): boolean {
  let from = token.start;
  while (from > 0 && !whitespace.test(text[from - 1]!)) from--;
  let to = token.end;
  while (to < text.length && !whitespace.test(text[to]!)) to++;
  return identifierMark.test(text.slice(from, to));
}

/** The "N'T" of "DON'T" is its own token: it belongs to the shouted word before it. */
function isContractionTail(tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1];
  const token = tokens[index]!;
  return previous !== undefined && previous.end === token.start && /^['’]/.test(token.text) && token.text === token.text.toUpperCase();
}

function findPunctuation(text: string, tokens: readonly Token[], rule: CompiledPunctuationRule): SentenceFinding[] {
  // Most sentences have no run of marks: a search is cheaper than collecting no matches.
  if (text.search(rule.run) === -1) return [];
  const enthusiastic = (index: number): boolean => tokens.some((token) => token.end <= index && rule.enthusiasmWords.has(token.normal));
  return [...text.matchAll(rule.run)].filter((match) => match[0].includes('?') || match[0].length > rule.enthusiasmMaxRun || !enthusiastic(match.index)).map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    text: match[0],
    ruleId: rule.id,
    category: rule.category,
    severity: rule.severity,
    message: rule.message,
    suggestions: rule.suggestions.length > 0 ? rule.suggestions : [match[0].includes('?') ? '?' : '.'],
  }));
}
