import { onFirstUse } from '../on-first-use';
import type { AnalysisPolicy } from '../analysis-policy';
import type { CustomerAnalysis, DraftAnalysis, Finding, UncheckedSpan } from '../types';
import { tagSentence } from '../text/tag-sentence';
import { splitSentences } from '../text/split-sentences';
import { findOwnText } from '../text/find-own-text';
import { compileRules, type RuleSet } from '../rules/compile-rules';
import { findSentenceFindings } from '../rules/find-sentence-findings';
import type { RulePack } from '../rules/rule-pack-schema';
import { compileChecklist, findChecklistEvidence, type ChecklistEvidence, type ChecklistMatcher } from '../checklist/find-checklist-evidence';
import { evaluateChecklist } from '../checklist/evaluate-checklist';
import { evaluateRequired } from '../checklist/evaluate-required';
import type { ChecklistLexicon } from '../checklist/checklist-schema';
import { sentenceToneFeatures, type ToneFeatures } from '../tone/sentence-tone-features';
import { scoreTone } from '../tone/score-tone';
import { mainLanguage, paragraphLanguage, type LanguageSpan } from '../language/detect-language';
import { splitParagraphs } from '../language/split-paragraphs';
import type { LanguageCode } from '../language/function-words-schema';
import { RecentCache } from './recent-cache';
import { softenFindings, type SentenceResult } from './soften-findings';
import type { Softening } from './softening-schema';
import softeningData from '../../../lexicons/playbook/softening.json';
import { compileAlternatives, findAlternatives, type AlternativeMatcher } from './find-alternatives';

/** Validated by the lexicon check and the tests; the runtime takes the file as its schema says. */
const softening = softeningData as Softening;
const alternatives = onFirstUse((): AlternativeMatcher => compileAlternatives(softening));

/** What one sentence contributes, with offsets relative to the sentence: reusable wherever the sentence appears. */
interface SentenceAnalysis {
  findings: Finding[];
  evidence: ChecklistEvidence[];
  /** Where the sentence offers a way forward, which answers a limit stated before it. */
  alternatives: Array<{ start: number; end: number }>;
  inability: boolean;
  tone: ToneFeatures;
}

/** Spans moved from a sentence's offsets to the draft's; most sentences have none, and keep their empty list. */
function shifted<Span extends { start: number; end: number }>(spans: Span[], by: number): Span[] {
  return spans.length === 0 ? spans : spans.map((span) => ({ ...span, start: span.start + by, end: span.end + by }));
}

/** Sentences kept between keystrokes, at least: enough for a very long draft and its recent edits. */
const cacheGeneration = 2000;

/**
 * Analyses drafts for one policy. Each sentence is analysed once and cached by its text, so a keystroke
 * re-analyses only the sentence it changed; the result is the same as analysing the draft afresh,
 * because a sentence's analysis depends on nothing but its text and the policy.
 */
export class DraftAnalyzer {
  private readonly rules: RuleSet;
  private readonly checklist: ChecklistMatcher;
  private readonly cache = new RecentCache<SentenceAnalysis>(cacheGeneration);
  private readonly languages = new RecentCache<LanguageCode>(cacheGeneration);

  constructor(
    packs: readonly RulePack[],
    private readonly checklistLexicon: ChecklistLexicon,
    private readonly policy: AnalysisPolicy | undefined,
  ) {
    this.rules = compileRules(packs, policy);
    this.checklist = compileChecklist(checklistLexicon);
  }

  /** `customerName`, when the page tells it, or else the name the customer signs with, is what a required greeting must use. */
  analyze(draft: string, customer?: CustomerAnalysis, customerName?: string): DraftAnalysis {
    const sentences: SentenceResult[] = [];
    const evidence: ChecklistEvidence[] = [];
    const tones: ToneFeatures[] = [];
    const paragraphs = this.paragraphLanguages(draft);
    const notChecked: UncheckedSpan[] = paragraphs.filter((paragraph) => paragraph.language !== 'en');
    let inability = false;
    for (const { start: from, end: to } of paragraphs.filter((paragraph) => paragraph.language === 'en')) {
      for (const sentence of splitSentences(draft.slice(from, to), from)) {
        const analysis = this.analyzeSentence(sentence.text);
        sentences.push({ findings: shifted(analysis.findings, sentence.start), alternatives: shifted(analysis.alternatives, sentence.start) });
        evidence.push(...shifted(analysis.evidence, sentence.start));
        inability ||= analysis.inability;
        tones.push(analysis.tone);
      }
    }
    const findings = softenFindings(sentences, softening);
    const language = mainLanguage(paragraphs);
    return {
      language,
      notChecked,
      tone: scoreTone(tones, findings),
      findings,
      // A reply in another language gets no checklist: its sympathy or apology could not be read.
      checklist: language !== 'en' ? [] : [
        ...evaluateChecklist({ evidence, findings, inability, customer, policy: this.policy, lexicon: this.checklistLexicon }),
        ...evaluateRequired(draft, this.policy?.required, customerName ?? customer?.name),
      ],
    };
  }

  /** The agent's own text, paragraph by paragraph, with the language of each (cached: a keystroke changes one). */
  private paragraphLanguages(draft: string): LanguageSpan[] {
    const spans: LanguageSpan[] = [];
    for (const [from, to] of findOwnText(draft)) {
      for (const [start, end] of splitParagraphs(draft, from, to)) {
        const text = draft.slice(start, end);
        let language = this.languages.get(text);
        if (language === undefined) {
          language = paragraphLanguage(text);
          this.languages.set(text, language);
        }
        spans.push({ start, end, language });
      }
    }
    return spans;
  }

  private analyzeSentence(text: string): SentenceAnalysis {
    const cached = this.cache.get(text);
    if (cached) return cached;
    const sentence = tagSentence(text);
    const checklist = findChecklistEvidence(sentence, this.checklist);
    const analysis: SentenceAnalysis = {
      findings: findSentenceFindings(text, sentence, this.rules),
      evidence: checklist.evidence,
      alternatives: findAlternatives(sentence, checklist.evidence, alternatives()),
      inability: checklist.inability,
      tone: sentenceToneFeatures(sentence),
    };
    this.cache.set(text, analysis);
    return analysis;
  }
}

