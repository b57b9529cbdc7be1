import languageProcessor from 'sentiment/lib/language-processor.js';
import quotedHistoryJson from '../../../lexicons/customer/quoted-history.json';
import signalsJson from '../../../lexicons/customer/signals.json';
import tokenClassesJson from '../../../lexicons/customer/token-classes.json';
import complaintLanguageJson from '../../../lexicons/customer/complaint-language.json';
import modifiersJson from '../../../lexicons/customer/modifiers.json';
import shoutingJson from '../../../lexicons/customer/shouting.json';
import intensityJson from '../../../lexicons/customer/intensity.json';
import signOffJson from '../../../lexicons/customer/sign-off.json';
import type { SignalKind } from '../types';

/*
 * The customer lexicons as the engine reads them. The JSON files are checked against
 * `customer-lexicon-schema.ts` by the tests and scripts; the runtime trusts them and only states their shape here,
 * so zod stays out of the extension bundle.
 */

export interface RuleExamples {
  match: string[];
  noMatch: string[];
}

export interface QuotedHistoryLexicon {
  quoteLinePrefix: string;
  historyStarts: { id: string; pattern: string; examples: RuleExamples }[];
}

export interface SignalRule {
  id: string;
  kind: SignalKind;
  /** Token patterns (see `phrase-pattern.ts`). */
  patterns: string[];
  /** A match overlapping one of these is not the signal ("thanks again" is not a repeat contact). */
  except?: string[];
  /** The least mood of a message where the rule fires. */
  moodFloor?: 'concerned' | 'frustrated' | 'angry';
  examples: RuleExamples;
}

export interface TokenClassesLexicon {
  /** Words that count as `#num` besides digits. */
  counts: string[];
  /** Words that count as `#ord` besides "2nd", "3rd", "4th"... */
  ordinals: string[];
  /** Units of time that make `#duration` when run together with digits ("2hrs"). */
  durationUnits: string[];
}

export interface ComplaintLanguageLexicon {
  /** Pattern to weight (negative is unhappy); overrides AFINN for single words. */
  terms: Record<string, number>;
  /** Words that say little alone but are a complaint when negated ("never received"): weight when negated. */
  negatedTerms: Record<string, number>;
  /** Praise that reads as sarcasm when the message is otherwise a complaint ("great job", "thanks a lot"). */
  sarcasmProne: string[];
  /** Politeness that lowers intensity when the message is not sarcastic. */
  politeness: string[];
  /** Text faces, as the tokenizer normalizes them (":-(((" is ":("). */
  emoticons: Record<string, number>;
  /** Parts of run-together hashtags ("#epicfail"); the strongest one found scores the hashtag. */
  hashtagStems: Record<string, number>;
  /** Hashtags that open with a negator ("#nothappy", "#notcool"): a complaint whatever follows. */
  negatedHashtags: NegatedHashtags;
}

export interface NegatedHashtags {
  prefixes: string[];
  /** Letters needed after the prefix, so short ordinary words ("#note") are not read as negated. */
  minimumRest: number;
  weight: number;
  /** Ordinary words that open with a prefix ("#nothing", "#notice"). */
  except: string[];
}

export interface ModifiersLexicon {
  /** How many words back a negator still reaches, within the clause. */
  negationWindow: number;
  negators: string[];
  /** Unhappy weight of a negator by itself: complaints are about what did not happen. */
  negation: number;
  /** Word to multiplier for the next sentiment word. */
  intensifiers: Record<string, number>;
  /** Words after which the rest of the message matters more ("but", "however"). */
  contrast: string[];
  beforeContrast: number;
  afterContrast: number;
  /** Multipliers for a negated positive ("not happy") and a negated negative ("not bad") word. */
  negatedPositive: number;
  negatedNegative: number;
  /** Multiplier for a sentiment word in capitals. */
  capitals: number;
  /** Negative evidence from which praise reads as sarcasm, and the multiplier it then gets. */
  sarcasmThreshold: number;
  sarcasm: number;
}

export interface ShoutingLexicon {
  /** Upper-case words that are not shouting: acronyms, codes, units. */
  acronyms: string[];
  minimumRun: number;
  minimumLetters: number;
  minimumMarks: number;
}

/** See the description in `lexicons/customer/intensity.json`. */
export interface IntensityLexicon {
  positiveWeight: number;
  exclamation: number;
  maxExclamations: number;
  politeness: number;
  maxPoliteness: number;
  lengthUnit: number;
  lengthDamping: number;
  center: number;
  scale: number;
  signalWeights: Record<SignalKind, number>;
  thresholds: { concerned: number; frustrated: number; angry: number };
}

/** See the description in `lexicons/customer/sign-off.json`. */
export interface SignOffLexicon {
  closings: string[];
  notNames: string[];
  maxNameWords: number;
  examples: { match: { text: string; name: string }[]; noMatch: string[] };
}

/** AFINN-165 word scores and emoji scores, as the `sentiment` package uses them. */
export const afinn: Readonly<Record<string, number>> = languageProcessor.getLabels('en');
export const quotedHistoryLexicon = quotedHistoryJson as QuotedHistoryLexicon;
export const signalRules = signalsJson.rules as SignalRule[];
export const tokenClasses = tokenClassesJson as TokenClassesLexicon;
export const complaintLanguage = complaintLanguageJson as ComplaintLanguageLexicon;
export const modifiers = modifiersJson as ModifiersLexicon;
export const shoutingLexicon = shoutingJson as ShoutingLexicon;
export const intensityLexicon = intensityJson as IntensityLexicon;
export const signOffLexicon = signOffJson as SignOffLexicon;
