import { performance } from 'node:perf_hooks';

export interface Stats {
  iterations: number;
  median: number;
  p95: number;
  mean: number;
  min: number;
  max: number;
}

export interface MeasureOptions {
  /** Untimed calls first, so V8 has compiled the hot paths before timing starts. */
  warmup: number;
  minIterations: number;
  maxIterations: number;
  /** Stop once this much time has been measured and `minIterations` are done. */
  budgetMs: number;
}

/** Nearest-rank percentile of sorted samples. */
function percentile(sorted: readonly number[], p: number): number {
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarize(samples: readonly number[]): Stats {
  if (samples.length === 0) throw new Error('no samples to summarize');
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    iterations: sorted.length,
    median: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    mean: sorted.reduce((sum, x) => sum + x, 0) / sorted.length,
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
  };
}

/**
 * Something derived from every result, printed at the end: results that are never used could in
 * principle be optimised away, and the checksum shows every tool ran on the same drafts.
 */
let sink = 0;
export const consume = (value: number): void => {
  sink = (sink + value) | 0;
};
export const sinkValue = (): number => sink;

/**
 * Times `run(i)` one call at a time. Warm-up calls get indices 0..warmup-1 and timed calls the
 * indices after them, so a caller that must not repeat an input can index its inputs by `i`.
 */
export function measure(run: (i: number) => number, options: MeasureOptions): Stats {
  let i = 0;
  for (; i < options.warmup; i++) consume(run(i));
  const samples: number[] = [];
  let spent = 0;
  while (samples.length < options.maxIterations && (samples.length < options.minIterations || spent < options.budgetMs)) {
    const start = performance.now();
    const result = run(i++);
    const elapsed = performance.now() - start;
    consume(result);
    samples.push(elapsed);
    spent += elapsed;
  }
  return summarize(samples);
}

/** How many calls `measure` can make at most: the inputs a caller must prepare. */
export const maxCalls = (options: MeasureOptions): number => options.warmup + options.maxIterations;
