import { seededRandom } from '../seeded-random';
import { summarize, type Stats } from '../measure';
import type { BenchBrowser } from './browsers';

export type EditorKind = 'contenteditable' | 'textarea';

export interface TypingResult {
  kind: EditorKind;
  targetWords: number;
  /** Findings on the badge once the draft was first analysed. */
  findings: number;
  /** Key event to the coach's `tactful:underlines` mark, per key, in ms. */
  keyToUnderlines: Stats;
  /** Keys after which no mark came within the timeout. */
  missed: number;
  /** Long tasks from the first key to the last mark (any task of the page's main thread over 50 ms). */
  longTasks: { count: number; longestMs: number };
}

/** Letters typed, in rough English frequency (as bench/keystrokes.ts). */
const letters = 'etaoinshrdlucmfwyp';

export interface TypingPlan {
  /** Places in the draft the caret moves to. */
  places: number;
  /** Letters typed at each place, one key at a time. */
  keysPerPlace: number;
  /** Pause after the underlines of one key are updated before the next key: a quick typist's rhythm. */
  pauseMs: number;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Opens the ticket page, puts the draft in the reply box, focuses it and waits for the first analysis; then
 * moves the caret to `places` seeded places in the body and types `keysPerPlace` letters at each, timing every
 * key from its keydown to the next `tactful:underlines` mark.
 */
export async function measureTyping(browser: BenchBrowser, url: string, kind: EditorKind, draft: string, targetWords: number, plan: TypingPlan): Promise<TypingResult> {
  const page = await browser.newPage({ probe: true });
  await page.goto(`${url}/ticket.html?kind=${kind}`);
  await page.evaluate((text) => window.loadDraft(text), draft);
  const first = await page.evaluate(() => window.benchProbe.focusUntilBadge('#reply', 15_000));
  if (!first) throw new Error(`${kind}, ${targetWords} words: the badge never showed a count`);
  await page.evaluate(() => window.benchProbe.frames(3));

  const random = seededRandom(targetWords * 7 + (kind === 'textarea' ? 1 : 0));
  const latencies: number[] = [];
  let missed = 0;
  let firstKey = Infinity;
  let lastMark = 0;
  for (let place = 0; place < plan.places; place++) {
    await page.evaluate((fraction) => window.benchProbe.placeCaret('#reply', fraction), random());
    // Moving the caret can open a finding's card: let that render settle before typing.
    await page.evaluate(() => window.benchProbe.frames(2));
    for (let k = 0; k < plan.keysPerPlace; k++) {
      await page.keyboard.press(letters[Math.floor(random() * letters.length)]!);
      const timing = await page.evaluate(() => window.benchProbe.underlinesAfterLastKey(2_000));
      if (timing) {
        latencies.push(timing.mark - timing.key);
        firstKey = Math.min(firstKey, timing.key);
        lastMark = Math.max(lastMark, timing.mark);
      } else {
        missed++;
      }
      await sleep(plan.pauseMs);
    }
  }
  await page.evaluate(() => window.benchProbe.frames(2));
  const longTasks = (await page.evaluate(() => window.benchProbe.longTasks)).filter((task) => task.start + task.duration >= firstKey && task.start <= lastMark + 50);
  await page.close();
  return {
    kind,
    targetWords,
    findings: first.count,
    keyToUnderlines: summarize(latencies.length ? latencies : [Number.NaN]),
    missed,
    longTasks: { count: longTasks.length, longestMs: Math.max(0, ...longTasks.map((task) => task.duration)) },
  };
}
