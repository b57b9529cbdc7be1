import { summarize, type Stats } from '../measure';
import type { BenchBrowser } from './browsers';
import { longestTask, traceRenderer } from '../../e2e/support/main-thread-trace';
import { badgeStamp, focusStamp } from './page-probe';

export interface FirstAnalysis {
  targetWords: number;
  /** Focus to the badge with its count, in ms; each sample a fresh page load. */
  focusToBadge: Stats;
  /** Long tasks between focus and the badge, in the slowest of the samples, as the page's long-task observer saw them. */
  longestTaskMs: number;
  /** The longest task on the page's main thread between focus and the badge, in any sample, from Chromium's trace. */
  longestTracedTaskMs: number;
}

export interface FocusSample {
  ms: number;
  count: number;
  /** From the page's long-task observer, which does not see the extension's isolated world. */
  longestTaskMs: number;
  /** From Chromium's trace of the page's renderer main thread. */
  longestTracedTaskMs: number;
}

/**
 * One fresh page load: the draft in the reply box, a moment for the detector to be in place (it runs at
 * document_idle), then focus, which injects the coach (the first time in this page) and analyses the draft.
 */
export async function focusOnFreshPage(browser: BenchBrowser, url: string, draft: string): Promise<FocusSample> {
  const page = await browser.newPage({ probe: true });
  await page.goto(`${url}/ticket.html`);
  await page.evaluate((text) => window.loadDraft(text), draft);
  await page.waitForTimeout(300);
  const trace = await traceRenderer(page);
  const result = await page.evaluate(async () => {
    const since = performance.now();
    const badge = await window.benchProbe.focusUntilBadge('#reply', 15_000);
    await window.benchProbe.frames(1);
    const tasks = window.benchProbe.longTasks.filter((task) => task.start + task.duration >= since);
    return badge && { ...badge, longestTaskMs: Math.max(0, ...tasks.map((task) => task.duration)) };
  });
  const { tasks, stamps } = await trace.stop();
  await page.close();
  if (!result) throw new Error('the badge never showed a count after focus');
  const focus = stamps.get(focusStamp);
  const badge = stamps.get(badgeStamp);
  if (focus === undefined || badge === undefined) throw new Error('the trace lacks the focus or the badge label');
  return { ...result, longestTracedTaskMs: longestTask(tasks, focus, badge) };
}

/** Several fresh page loads per size in a browser that has already run the coach: the usual case. */
export async function measureFirstAnalysis(browser: BenchBrowser, url: string, drafts: readonly { targetWords: number; text: string }[], loads: number): Promise<FirstAnalysis[]> {
  const results: FirstAnalysis[] = [];
  for (const draft of drafts) {
    const samples: FocusSample[] = [];
    for (let i = 0; i < loads; i++) samples.push(await focusOnFreshPage(browser, url, draft.text));
    results.push({
      targetWords: draft.targetWords,
      focusToBadge: summarize(samples.map((s) => s.ms)),
      longestTaskMs: Math.max(...samples.map((s) => s.longestTaskMs)),
      longestTracedTaskMs: Math.max(...samples.map((s) => s.longestTracedTaskMs)),
    });
  }
  return results;
}
