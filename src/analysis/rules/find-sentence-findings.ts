import type { Finding } from '../types';
import type { Token } from '../text/tokenize';
import type { TaggedSentence } from '../text/tag-sentence';
import type { PatternMatch } from './match-pattern';
import { isExcepted } from './is-excepted';
import { buildSuggestions } from './build-suggestions';
import type { CompiledCapitalsRule, CompiledPunctuationRule, RuleSet } from './compile-rules';
import { findQuotedSpans } from '../text/find-quoted-spans';
import { findCapitals, findMarkRuns } from '../text/find-shouting';
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
  for (const rule of rules.capitals) {
    const shouted = capitalsFindings(text, sentence, rule);
    const covered = (finding: SentenceFinding): boolean =>
      rule.covers.has(finding.category) && shouted.some((shout) => shout.start < finding.end && finding.start < shout.end);
    findings.splice(0, findings.length, ...findings.filter((finding) => !covered(finding)), ...shouted);
  }
  for (const rule of rules.punctuation) findings.push(...markRunFindings(text, sentence.tokens, rule));

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

/** Shouting in capitals, by the check the customer's message is read with too, at the rule's thresholds. */
function capitalsFindings(text: string, sentence: TaggedSentence, rule: CompiledCapitalsRule): SentenceFinding[] {
  return findCapitals(text, sentence, rule).map(({ start, end, acronyms }) => {
    let lower = text.slice(start, end).toLowerCase();
    for (const acronym of acronyms) lower = lower.slice(0, acronym.start - start) + text.slice(acronym.start, acronym.end) + lower.slice(acronym.end - start);
    const fixed = text.slice(0, start).trim() === '' ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
    return { ...findingOf(rule, text, start, end), suggestions: [fixed.replace(/\bi\b/g, 'I')] };
  });
}

/** Runs of ! and ?, by the check the customer's message is read with too, at the rule's thresholds. */
function markRunFindings(text: string, tokens: readonly Token[], rule: CompiledPunctuationRule): SentenceFinding[] {
  return findMarkRuns(text, tokens, rule).map(({ start, end }) => {
    const marks = text.slice(start, end);
    return { ...findingOf(rule, text, start, end), suggestions: rule.suggestions.length > 0 ? rule.suggestions : [marks.includes('?') ? '?' : '.'] };
  });
}

function findingOf(rule: CompiledCapitalsRule | CompiledPunctuationRule, text: string, start: number, end: number): SentenceFinding {
  return { start, end, text: text.slice(start, end), ruleId: rule.id, category: rule.category, severity: rule.severity, message: rule.message, suggestions: [] };
}
