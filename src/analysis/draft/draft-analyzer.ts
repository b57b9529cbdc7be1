import { onFirstUse } from '../on-first-use';
import type { AnalysisPolicy } from '../analysis-policy';
import type { CustomerAnalysis, DraftAnalysis, Finding } from '../types';
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
import { keepAccompanied } from './keep-accompanied';
import type { Softening } from './softening-schema';
import softeningData from '../../../lexicons/playbook/softening.json';
import { compileAlternatives, findAlternatives, type Alternative, type AlternativeMatcher } from './find-alternatives';

/** Validated by the lexicon check and the tests; the runtime takes the file as its schema says. */
const softening = softeningData as Softening;
const alternatives = onFirstUse((): AlternativeMatcher => compileAlternatives(softening));

/** What one sentence contributes, with offsets relative to the sentence: reusable wherever the sentence appears. */
interface SentenceAnalysis {
  findings: Finding[];
  evidence: ChecklistEvidence[];
  /** Where the sentence offers a way forward, which answers a limit stated before it. */
  alternatives: Alternative[];
  inability: boolean;
  tone: ToneFeatures;
}

/** Spans moved from a sentence's offsets to the draft's; most sentences have none, and keep their empty list. */
function shifted<Span extends { start: number; end: number }>(spans: Span[], by: number): Span[] {
  return spans.length === 0 ? spans : spans.map((span) => ({ ...span, start: span.start + by, end: span.end + by }));
}

/** Sentences and paragraphs kept between keystrokes, at least: more when a draft has more (see RecentCache.holdAtLeast). */
const cacheGeneration = 2000;

/** A paragraph of the agent's own text as last seen: its language and, for English, its sentences. */
interface Paragraph {
  /** Undefined until read: reading it is a step of its own in a prepared analysis. */
  language: LanguageCode | undefined;
  /** Split on first use; each sentence's offset in the paragraph, and its analysis once made. */
  sentences: Array<{ start: number; text: string; analysis: SentenceAnalysis | undefined }> | undefined;
}

/** A paragraph of the draft, with its offsets in the draft. */
interface PlacedParagraph {
  start: number;
  end: number;
  paragraph: Paragraph;
}

/** What a step of `prepare` did: one piece of work, or the last piece of the part of the draft asked for first. */
export type PreparedStep = 'step' | 'first-part-ready';

/**
 * Analyses drafts for one policy. Each sentence is analysed once and cached by its text, and each paragraph keeps
 * its sentences, so a keystroke re-analyses only the sentence it changed and re-splits only its paragraph; the result
 * is the same as analysing the draft afresh, because a sentence's analysis depends on nothing but its text and the
 * policy. A long draft seen for the first time can be prepared a step at a time (`prepare`), so the page is never
 * blocked by it.
 */
export class DraftAnalyzer {
  private readonly rules: RuleSet;
  private readonly checklist: ChecklistMatcher;
  private readonly cache = new RecentCache<SentenceAnalysis>(cacheGeneration);
  private readonly paragraphs = new RecentCache<Paragraph>(cacheGeneration);
  /** The last draft's paragraphs: preparing a draft and then analysing it finds them once. */
  private last: { draft: string; placed: PlacedParagraph[] } | undefined;

  constructor(
    packs: readonly RulePack[],
    private readonly checklistLexicon: ChecklistLexicon,
    private readonly policy: AnalysisPolicy | undefined,
  ) {
    this.rules = compileRules(packs, policy);
    this.checklist = compileChecklist(checklistLexicon);
  }

  /**
   * `customerName`, when the page tells it, or else the name the customer signs with, is what a required greeting must use.
   * With `preparedOnly`, what `prepare` has not reached yet is left out instead of analysed: a partial analysis at
   * once, for the part of a long draft that is ready.
   */
  analyze(draft: string, customer?: CustomerAnalysis, customerName?: string, options: { preparedOnly?: boolean } = {}): DraftAnalysis {
    const sentences: SentenceResult[] = [];
    const evidence: ChecklistEvidence[] = [];
    const tones: ToneFeatures[] = [];
    const spans: LanguageSpan[] = [];
    let inability = false;
    for (const { start: from, end: to, paragraph } of this.placedParagraphs(draft)) {
      if (paragraph.language === undefined && options.preparedOnly) continue;
      const language = this.languageOf(paragraph, draft.slice(from, to));
      spans.push({ start: from, end: to, language });
      if (language !== 'en') continue;
      for (const sentence of this.sentencesOf(paragraph, draft.slice(from, to))) {
        if (sentence.analysis === undefined && options.preparedOnly) continue;
        const analysis = (sentence.analysis ??= this.analyzeSentence(sentence.text));
        const start = from + sentence.start;
        sentences.push({ findings: shifted(analysis.findings, start), alternatives: shifted(analysis.alternatives, start) });
        evidence.push(...shifted(analysis.evidence, start));
        inability ||= analysis.inability;
        tones.push(analysis.tone);
      }
    }
    this.cache.holdAtLeast(sentences.length);
    const findings = keepAccompanied(softenFindings(sentences, softening), this.rules.onlyWith);
    const language = mainLanguage(spans);
    return {
      language,
      notChecked: spans.filter((span) => span.language !== 'en'),
      tone: scoreTone(tones, findings),
      findings,
      // A reply in another language gets no checklist: its sympathy or apology could not be read.
      checklist: language !== 'en' ? [] : [
        ...evaluateChecklist({ evidence, findings, inability, customer, policy: this.policy, lexicon: this.checklistLexicon }),
        ...evaluateRequired(draft, this.policy?.required, customerName ?? customer?.name),
      ],
    };
  }

  /**
   * Prepares the draft's analysis one step at a time: each step reads one paragraph's language or analyses one
   * sentence not seen before, the paragraphs that meet `first` (offsets into the draft) before the others, nearest
   * first, with a 'first-part-ready' step between the two when there are others. Once it is done, `analyze` of the same draft only puts the cached pieces together. The caller decides
   * how many steps to take at a time; a changed draft simply gets a new `prepare`, and no step is lost.
   */
  *prepare(draft: string, first: { start: number; end: number } = { start: 0, end: draft.length }): Generator<PreparedStep, void, undefined> {
    const placed = this.placedParagraphs(draft);
    const distance = ({ start, end }: PlacedParagraph): number => (end < first.start ? first.start - end : start > first.end ? start - first.end : 0);
    const order = placed.map((paragraph) => ({ paragraph, distance: distance(paragraph) })).sort((a, b) => a.distance - b.distance);
    let firstPartPending = order.some((item) => item.distance === 0);
    for (const { paragraph: { start, end, paragraph }, distance: away } of order) {
      if (firstPartPending && away > 0) {
        firstPartPending = false;
        yield 'first-part-ready';
      }
      const text = draft.slice(start, end);
      if (paragraph.language === undefined) {
        this.languageOf(paragraph, text);
        yield 'step';
      }
      if (paragraph.language !== 'en') continue;
      for (const sentence of this.sentencesOf(paragraph, text)) {
        if (sentence.analysis !== undefined) continue;
        sentence.analysis = this.analyzeSentence(sentence.text);
        yield 'step';
      }
    }
  }

  /** The paragraphs of the agent's own text, each with its cached state (a keystroke changes one). */
  private placedParagraphs(draft: string): PlacedParagraph[] {
    if (this.last?.draft === draft) return this.last.placed;
    const placed: PlacedParagraph[] = [];
    for (const [from, to] of findOwnText(draft)) {
      for (const [start, end] of splitParagraphs(draft, from, to)) {
        const text = draft.slice(start, end);
        let paragraph = this.paragraphs.get(text);
        if (paragraph === undefined) {
          paragraph = { language: undefined, sentences: undefined };
          this.paragraphs.set(text, paragraph);
        }
        placed.push({ start, end, paragraph });
      }
    }
    this.paragraphs.holdAtLeast(placed.length);
    this.last = { draft, placed };
    return placed;
  }

  private languageOf(paragraph: Paragraph, text: string): LanguageCode {
    return (paragraph.language ??= paragraphLanguage(text));
  }

  /** The paragraph's sentences, split once; a sentence seen before in any paragraph brings its analysis along. */
  private sentencesOf(paragraph: Paragraph, text: string): NonNullable<Paragraph['sentences']> {
    paragraph.sentences ??= splitSentences(text).map((sentence) => ({ start: sentence.start, text: sentence.text, analysis: this.cache.get(sentence.text) }));
    return paragraph.sentences;
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
      tone: sentenceToneFeatures(text, sentence),
    };
    this.cache.set(text, analysis);
    return analysis;
  }
}

