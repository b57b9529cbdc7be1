import { summarize, type Stats } from '../measure';
import type { BenchBrowser } from './browsers';
import { longestTask, traceRenderer, within } from '../../e2e/support/main-thread-trace';
import type { EditorKind } from './typing';

export interface LongDraftResult {
  kind: EditorKind;
  characters: number;
  /** The badge's count once the pasted draft was coached. */
  findings: number;
  /** Paste to the badge's final count, in ms. */
  pasteToCoached: number;
  /** The task in which the browser pasted (its own editing, layout, and the page's and the coach's input handlers). */
  pasteTaskMs: number;
  /** Of that task, the time in scripts' callbacks: the coach's input handler, mostly. */
  scriptsInPasteTaskMs: number;
  /** The longest task of the page's main thread after the paste's own until the draft was coached, from Chromium's trace. */
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
  const { tasks, events, stamps } = await trace.stop();
  await page.close();
  const at = (label: string): number => {
    const time = stamps.get(`tactful-bench:${label}`);
    if (time === undefined) throw new Error(`no ${label} stamp in the trace`);
    return time;
  };
  const paste = events.find((event) => event.name === 'EventDispatch' && event.type === 'paste' && event.start >= at('paste'));
  const pasteTask = paste && tasks.find((task) => within(paste, task));
  if (!pasteTask) throw new Error(`${kind}: no paste event in the trace`);
  const calls = events.filter((event) => event.name === 'FunctionCall' && within(event, pasteTask));
  const outermost = calls.filter((call) => !calls.some((other) => other !== call && within(call, other)));
  return {
    kind,
    characters: draft.length,
    pasteTaskMs: pasteTask.duration,
    scriptsInPasteTaskMs: outermost.reduce((sum, call) => sum + call.duration, 0),
    findings,
    pasteToCoached,
    longestTaskAfterPasteMs: longestTask(tasks, pasteTask.start + pasteTask.duration + 0.001, at('coached')),
    latencies,
    keyToUnderlines: summarize(latencies.length ? latencies : [Number.NaN]),
    missed,
    longestTaskWhileTypingMs: longestTask(tasks, at('typing'), at('typed')),
  };
}
