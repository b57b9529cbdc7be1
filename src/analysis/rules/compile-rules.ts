import type { AnalysisPolicy } from '../analysis-policy';
import type { Category, Severity } from '../types';
import { tokenize } from '../text/tokenize';
import { parsePattern, type Pattern } from './pattern';
import { PatternIndex } from './pattern-index';
import { compileExceptions } from './is-excepted';
import type { CapitalsRule, PunctuationRule, RulePack } from './rule-pack-schema';

interface RuleCommon {
  id: string;
  category: Category;
  severity: Severity;
  message: string;
  suggestions: string[];
}

export interface CompiledPhraseRule extends RuleCommon {
  exceptions: PatternIndex<true>;
  loudOnly: boolean;
}

export type CompiledCapitalsRule = RuleCommon & Pick<CapitalsRule, 'minWords' | 'minLettersAlone'> & { covers: ReadonlySet<Category> };
export type CompiledPunctuationRule = RuleCommon & Pick<PunctuationRule, 'minRun' | 'enthusiasmMaxRun'>;

/** Everything the sentence analyser needs, built once per policy. */
export interface RuleSet {
  phrases: PatternIndex<CompiledPhraseRule>;
  capitals: CompiledCapitalsRule[];
  punctuation: CompiledPunctuationRule[];
  /** The team's vocabulary: a finding overlapping a match of one of these is dropped. */
  accepted: PatternIndex<true>;
  /** Rules whose findings count only beside a finding of one of these categories elsewhere in the draft, by rule id. */
  onlyWith: ReadonlyMap<string, ReadonlySet<Category>>;
}

/** A literal phrase as a pattern: its words only, so no character in it is read as syntax. */
export function phrasePattern(phrase: string): Pattern {
  const words = tokenize(phrase).filter((token) => /[\p{L}\p{N}]/u.test(token.text));
  if (words.length === 0) throw new Error(`the phrase "${phrase}" has no words`);
  return { source: phrase, unit: 'sentence', steps: words.map((token) => ({ atom: { kind: 'word', word: token.normal, negate: false }, min: 1, max: 1 })) };
}

export function compileRules(packs: readonly RulePack[], policy: AnalysisPolicy = {}): RuleSet {
  const disabled = new Set(policy.disabledRules ?? []);
  const onlyWith = new Map<string, ReadonlySet<Category>>();
  const ruleSet: RuleSet = { phrases: new PatternIndex(), capitals: [], punctuation: [], accepted: new PatternIndex(), onlyWith };
  const severityFor = (category: Category, severity: Severity): Severity | 'off' => policy.categories?.[category] ?? severity;

  for (const pack of packs) {
    for (const rule of pack.rules) {
      const severity = severityFor(pack.category, rule.severity);
      if (severity === 'off' || disabled.has(rule.id)) continue;
      const common: RuleCommon = { id: rule.id, category: pack.category, severity, message: rule.message, suggestions: rule.suggestions };
      if (rule.kind === 'phrase') {
        const compiled: CompiledPhraseRule = { ...common, exceptions: compileExceptions(rule.exceptions ?? []), loudOnly: rule.loudOnly ?? false };
        for (const source of rule.patterns) ruleSet.phrases.add(parsePattern(source), compiled);
        if (rule.onlyWith) onlyWith.set(rule.id, new Set(rule.onlyWith));
      } else if (rule.kind === 'capitals') {
        ruleSet.capitals.push({ ...common, minWords: rule.minWords, minLettersAlone: rule.minLettersAlone, covers: new Set(rule.covers ?? []) });
      } else {
        ruleSet.punctuation.push({ ...common, minRun: rule.minRun, enthusiasmMaxRun: rule.enthusiasmMaxRun });
      }
    }
  }

  for (const custom of policy.custom ?? []) {
    const severity = severityFor(custom.category, custom.severity);
    if (severity === 'off' || disabled.has(custom.id)) continue;
    const compiled: CompiledPhraseRule = {
      id: custom.id,
      category: custom.category,
      severity,
      message: custom.message,
      suggestions: custom.suggestions,
      exceptions: compileExceptions(custom.exceptions ?? []),
      loudOnly: false,
    };
    for (const phrase of custom.phrases) ruleSet.phrases.add(phrasePattern(phrase), compiled);
    for (const source of custom.patterns ?? []) ruleSet.phrases.add(parsePattern(source), compiled);
  }

  for (const phrase of policy.vocabulary?.accept ?? []) ruleSet.accepted.add(phrasePattern(phrase), true);
  return ruleSet;
}
