import { summarize, type Stats } from '../measure';
import type { BenchBrowser } from './browsers';
import { longestTask, traceRenderer } from './renderer-tasks';
import type { EditorKind } from './typing';

export interface LongDraftResult {
  kind: EditorKind;
  characters: number;
  /** The badge's count once the pasted draft was coached. */
  findings: number;
  /** Paste to the badge's final count, in ms. */
  pasteToCoached: number;
  /** The longest task of the page's main thread from the paste until it was coached, from Chromium's trace. */
  longestTaskAfterPasteMs: number;
  /** Key event to the coach's `tactful:underlines` mark, typing at the end of the draft, per key in ms. */
  latencies: number[];
  keyToUnderlines: Stats;
  missed: number;
  /** The longest task of the page's main thread while typing, from Chromium's trace. */
  longestTaskWhileTypingMs: number;
}

/** Typed at the end of the draft, a key at a time: a postscript. */
const postscript = 'PS: thanks again for your patience with this';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * An empty reply box, focused and coached; then `draft` pasted into it through the clipboard (Ctrl+V, the browser's
 * own paste) under Chromium's trace, until the badge shows its final count; then keys typed at the draft's end.
 */
export async function measureLongDraft(browser: BenchBrowser, url: string, kind: EditorKind, draft: string, keys: number): Promise<LongDraftResult> {
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url });
  const page = await browser.newPage({ probe: true });
  await page.goto(`${url}/ticket.html?kind=${kind}`);
  await page.waitForTimeout(300);
  if (!(await page.evaluate(() => window.benchProbe.focusUntilBadge('#reply', 15_000)))) throw new Error(`${kind}: the badge never showed a count`);
  await page.evaluate((text) => navigator.clipboard.writeText(text), draft);
  await page.evaluate(() => window.benchProbe.frames(3));

  const trace = await traceRenderer(page);
  await page.evaluate(() => console.timeStamp('tactful-bench:paste'));
  const pasted = Date.now();
  await page.keyboard.press('Control+V');
  // Coached: a count on the badge, no analysis still running, and no new underlines for a while.
  const findings = await page.evaluate(() => window.benchProbe.settledCount(60_000, 500));
  if (findings === null) throw new Error(`${kind}: the pasted draft was not coached within a minute`);
  const pasteToCoached = Date.now() - pasted - 500;
  await page.evaluate(() => console.timeStamp('tactful-bench:coached'));

  await page.evaluate(() => window.benchProbe.caretAtEnd('#reply'));
  await page.keyboard.press('Enter');
  await page.evaluate(() => window.benchProbe.underlinesAfterLastKey(2_000));
  await page.evaluate(() => console.timeStamp('tactful-bench:typing'));
  const latencies: number[] = [];
  let missed = 0;
  for (let i = 0; i < keys; i++) {
    await page.keyboard.press(postscript[i % postscript.length] === ' ' ? 'Space' : postscript[i % postscript.length]!);
    const timing = await page.evaluate(() => window.benchProbe.underlinesAfterLastKey(2_000));
    if (timing) latencies.push(timing.mark - timing.key);
    else missed++;
    await sleep(40);
  }
  await page.evaluate(() => console.timeStamp('tactful-bench:typed'));
  const { tasks, stamps } = await trace.stop();
  await page.close();
  const at = (label: string): number => {
    const time = stamps.get(`tactful-bench:${label}`);
    if (time === undefined) throw new Error(`no ${label} stamp in the trace`);
    return time;
  };
  return {
    kind,
    characters: draft.length,
    findings,
    pasteToCoached,
    longestTaskAfterPasteMs: longestTask(tasks, at('paste'), at('coached')),
    latencies,
    keyToUnderlines: summarize(latencies.length ? latencies : [Number.NaN]),
    missed,
    longestTaskWhileTypingMs: longestTask(tasks, at('typing'), at('typed')),
  };
}
