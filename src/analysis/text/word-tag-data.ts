/** A suffix model of compromise's (suffix-thumb's): whole-word exceptions, then rules by ending, longest first. */
export interface SuffixModel {
  ex: Record<string, string>;
  fwd: Record<string, string>;
  both: Record<string, string>;
}

export type VerbForm = 'PastTense' | 'PresentTense' | 'Gerund' | 'Participle';

/**
 * What the analysis takes from compromise, as plain data: the words its lexicon knows with their tags, the tag
 * hierarchy, the words that switch between tags by context, and its models from a verb form to the infinitive.
 * Written at build time (scripts/write-word-tags.ts) into word-tags.json, so no page pays for compromise's set-up.
 */
export interface WordTagData {
  compromise: string;
  /** Packed words (packed-words.ts) by their tags, the tags joined with '+'. */
  lexicon: Record<string, string>;
  /** Packed words by the tags they switch between, as compromise writes them ("Noun|Verb"). */
  switches: Record<string, string>;
  /** Each tag's parents, nearest first. */
  parents: Record<string, string[]>;
  infinitive: Record<VerbForm, SuffixModel>;
}
