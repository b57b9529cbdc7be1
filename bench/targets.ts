import type { ColdStart } from './cold-start';
import type { Stats } from './measure';

/** What one size of draft measured; every figure in milliseconds. */
export interface SizeResults {
  targetWords: number;
  draft: { words: number; sentences: number; riskySentences: number; characters: number };
  cold: ColdStart;
  tactful: { warmFull: Stats; unchanged: Stats; keystroke: Stats };
  linters: Record<string, Stats>;
  baselines: Record<string, Stats>;
}

export const alexName = 'alex text()';
export const writeGoodName = 'write-good';
export const sentimentName = 'sentiment.analyze()';

export interface Ratios {
  targetWords: number;
  /** Medians divided: below 1, Tactful is faster. */
  warmFullVsAlex: number;
  warmFullVsWriteGood: number;
  keystrokeVsSentiment: number;
  /** Per keystroke, alex has to analyse the whole draft again. */
  keystrokeVsAlex: number;
}

export interface Target {
  description: string;
  targetWords: number;
  tactfulMs: number;
  baselineMs: number;
  ratio: number;
  limit: number;
  pass: boolean;
}

const median = (stats: Stats | undefined, what: string): number => {
  if (!stats) throw new Error(`no measurement for ${what}`);
  return stats.median;
};

export function ratiosFor(size: SizeResults): Ratios {
  const alex = median(size.linters[alexName], alexName);
  return {
    targetWords: size.targetWords,
    warmFullVsAlex: size.tactful.warmFull.median / alex,
    warmFullVsWriteGood: size.tactful.warmFull.median / median(size.linters[writeGoodName], writeGoodName),
    keystrokeVsSentiment: size.tactful.keystroke.median / median(size.baselines[sentimentName], sentimentName),
    keystrokeVsAlex: size.tactful.keystroke.median / alex,
  };
}

function target(description: string, size: SizeResults | undefined, tactful: (s: SizeResults) => Stats, baseline: (s: SizeResults) => Stats | undefined, limit: number): Target {
  if (!size) throw new Error(`no measurements for "${description}"`);
  const tactfulMs = tactful(size).median;
  const baselineMs = median(baseline(size), description);
  const ratio = tactfulMs / baselineMs;
  return { description, targetWords: size.targetWords, tactfulMs, baselineMs, ratio, limit, pass: ratio <= limit };
}

/** The two speed targets the engine was designed to: keystrokes as cheap as a lexicon pass, full analysis far cheaper than alex. */
export function checkTargets(sizes: readonly SizeResults[]): Target[] {
  const at = (words: number) => sizes.find((size) => size.targetWords === words);
  return [
    target('keystroke re-analysis within 3x one sentiment pass, 3000 words', at(3000), (s) => s.tactful.keystroke, (s) => s.baselines[sentimentName], 3),
    target('warm full analysis within 1/10 of alex, 300 words', at(300), (s) => s.tactful.warmFull, (s) => s.linters[alexName], 0.1),
  ];
}
