import type { AnalysisPolicy } from './analysis-policy';
import type { CustomerAnalysis, DraftAnalysis } from './types';
import { DraftAnalyzer } from './draft/draft-analyzer';
import { builtInRulePacks, checklistLexicon } from './rule-packs';
import { analyzeCustomer as analyzeCustomerMessage } from './customer/analyze-customer';

export type * from './types';
export type { AnalysisPolicy, CustomRule, RequiredElement } from './analysis-policy';

export interface DraftOptions {
  /** The customer's message, analysed: what the reply checklist asks for follows it. */
  customer?: CustomerAnalysis;
  policy?: AnalysisPolicy;
  /** The customer's name when the page tells it: a required greeting must then use it. */
  customerName?: string;
}

/** The customer's mood, how upset they are, and the signals behind it. */
export function analyzeCustomer(text: string): CustomerAnalysis {
  return analyzeCustomerMessage(text);
}

const defaultAnalyzer = new DraftAnalyzer(builtInRulePacks, checklistLexicon, undefined);
/** One analyzer, and so one sentence cache, per policy object: a new policy starts a fresh cache. */
const analyzersByPolicy = new WeakMap<AnalysisPolicy, DraftAnalyzer>();

export function analyzerFor(policy: AnalysisPolicy | undefined): DraftAnalyzer {
  if (!policy) return defaultAnalyzer;
  let analyzer = analyzersByPolicy.get(policy);
  if (!analyzer) {
    analyzer = new DraftAnalyzer(builtInRulePacks, checklistLexicon, policy);
    analyzersByPolicy.set(policy, analyzer);
  }
  return analyzer;
}

/** The draft's risky wording with fixes, its courtesy, and the reply checklist for this customer. */
export function analyzeDraft(draft: string, options: DraftOptions = {}): DraftAnalysis {
  return analyzerFor(options.policy).analyze(draft, options.customer, options.customerName);
}
