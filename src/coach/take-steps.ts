import type { PreparedStep } from '../analysis/index';

/** What a run of steps ended on: all done, the first part ready (to be shown before going on), or time up. */
export type StepsOutcome = 'done' | 'first-part-ready' | 'more';

/** Takes steps until there are none left, the first part is ready, or `budgetMs` have passed since the start. */
export function takeSteps(steps: Iterator<PreparedStep, void>, budgetMs: number, now: () => number = () => performance.now()): StepsOutcome {
  const deadline = now() + budgetMs;
  for (;;) {
    const step = steps.next();
    if (step.done) return 'done';
    if (step.value === 'first-part-ready') return 'first-part-ready';
    if (now() >= deadline) return 'more';
  }
}

export interface Slices {
  /** The first part is ready: shown before the rest goes on. */
  onFirstPart(): void;
  /** Every step is taken. */
  onDone(): void;
}

/**
 * Takes the rest of the steps a slice of `budgetMs` at a time, each slice a task of its own, so the page handles
 * input and paints between them; stops for good when `signal` aborts (a new edit, the session's end).
 */
export function continueInSlices(steps: Iterator<PreparedStep, void>, budgetMs: number, signal: AbortSignal, slices: Slices): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const slice = (): void => {
    if (signal.aborted) return;
    const outcome = takeSteps(steps, budgetMs);
    if (outcome === 'done') {
      slices.onDone();
      return;
    }
    if (outcome === 'first-part-ready') slices.onFirstPart();
    if (!signal.aborted) timer = setTimeout(slice, 0);
  };
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  timer = setTimeout(slice, 0);
}
