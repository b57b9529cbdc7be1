import type { AnalysisPolicy } from './analysis-policy';
import type { CustomerAnalysis, DraftAnalysis } from './types';
import { DraftAnalyzer, type PreparedStep } from './draft/draft-analyzer';
import { builtInRulePacks, checklistLexicon } from './rule-packs';
import { analyzeCustomer as analyzeCustomerMessage } from './customer/analyze-customer';
import { blankNotEnglish } from './language/blank-not-english';
import { detectLanguages, mainLanguage } from './language/detect-language';

export type * from './types';
export type { AnalysisPolicy, CustomRule, RequiredElement } from './analysis-policy';
export type { PreparedStep } from './draft/draft-analyzer';

export interface DraftOptions {
  /** The customer's message, analysed: what the reply checklist asks for follows it. */
  customer?: CustomerAnalysis;
  policy?: AnalysisPolicy;
  /** The customer's name when the page tells it: a required greeting must then use it. */
  customerName?: string;
  /** Leave out what `prepareDraft` has not reached yet, instead of analysing it now (see DraftAnalyzer.analyze). */
  preparedOnly?: boolean;
}

/**
 * The customer's mood, how upset they are, and the signals behind it, read from the message's English paragraphs.
 * A message mostly in another language is not read at all: its mood would be a guess.
 */
export function analyzeCustomer(text: string): CustomerAnalysis {
  const spans = detectLanguages(text);
  const language = mainLanguage(spans);
  if (language !== 'en') return { language, mood: 'calm', intensity: 0, sentiment: 0, signals: [] };
  return { ...analyzeCustomerMessage(blankNotEnglish(text, spans)), language };
}

/** Made on first use: the coach always has a policy, so it never pays for this one. */
let defaultAnalyzer: DraftAnalyzer | undefined;
/** One analyzer, and so one sentence cache, per policy object: a new policy starts a fresh cache. */
const analyzersByPolicy = new WeakMap<AnalysisPolicy, DraftAnalyzer>();

export function analyzerFor(policy: AnalysisPolicy | undefined): DraftAnalyzer {
  if (!policy) return (defaultAnalyzer ??= new DraftAnalyzer(builtInRulePacks, checklistLexicon, undefined));
  let analyzer = analyzersByPolicy.get(policy);
  if (!analyzer) {
    analyzer = new DraftAnalyzer(builtInRulePacks, checklistLexicon, policy);
    analyzersByPolicy.set(policy, analyzer);
  }
  return analyzer;
}

/** The draft's risky wording with fixes, its courtesy, and the reply checklist for this customer. */
export function analyzeDraft(draft: string, options: DraftOptions = {}): DraftAnalysis {
  // A customer whose language was not read gives the checklist nothing to go on.
  const customer = options.customer?.language === 'en' ? options.customer : undefined;
  return analyzerFor(options.policy).analyze(draft, customer, options.customerName, { preparedOnly: options.preparedOnly ?? false });
}

/** The steps that make `analyzeDraft` of this draft cheap, the part `first` first (see DraftAnalyzer.prepare). */
export function prepareDraft(draft: string, policy: AnalysisPolicy | undefined, first?: { start: number; end: number }): Generator<PreparedStep, void, undefined> {
  return analyzerFor(policy).prepare(draft, first);
}
