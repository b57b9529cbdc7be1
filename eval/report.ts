import type { Part } from './frozen-split';

/** One block of the evaluation report: a metric per row, Tactful beside the lexicon baselines on the same text. */
export interface EvalRow {
  metric: string;
  tactful: number;
  /** Baselines measured on the same text in the same run, keyed by package name. */
  baselines?: Partial<Record<'sentiment' | 'wink-sentiment' | 'vader-sentiment', number>>;
  /** The figure Tactful must reach, when the metric has one. */
  target?: number;
  /** True when lower is better (for example a false-alarm rate). */
  lowerIsBetter?: boolean;
}

export interface EvalSection {
  title: string;
  /** Rows evaluated, for the reader to judge the figures. */
  size: number;
  rows: EvalRow[];
  /** Anything the reader needs to interpret the figures. */
  notes?: string[];
}

/**
 * A section reads its data from `dataDir` and measures one part of it (see frozen-split.ts); it returns null when
 * that data is not present, so the run skips it. Notes may quote texts of the tuning part only.
 */
export type EvalSectionRunner = (dataDir: string, part: Part) => Promise<EvalSection | null>;
