import type { Machine } from '../machine';
import type { Stats } from '../measure';
import type { FirstAnalysis } from './first-analysis';
import type { PageMetrics } from './idle-cost';
import type { TypingResult } from './typing';
import { formatLongDraftReport, type LongDraftRuns } from './long-draft-report';

export interface IdleCost {
  runs: number;
  /** Medians over the runs, and the difference with minus without. */
  without: PageMetrics;
  with: PageMetrics;
  difference: PageMetrics;
  samples: { without: PageMetrics[]; with: PageMetrics[] };
}

export interface BrowserTarget {
  description: string;
  measured: string;
  limit: string;
  pass: boolean;
}

export interface BrowserBenchResults {
  date: string;
  machine: Machine;
  browser: string;
  extensionDir: string;
  drafts: Array<{ targetWords: number; words: number; characters: number }>;
  typing: TypingResult[];
  firstAnalysis: {
    /** The first focus in a newly launched browser: the coach's code has never been compiled. One sample per launch. */
    coldBrowser: Stats;
    /** The longest task between focus and badge over those launches, as the page's long-task observer saw it. */
    coldLongestTaskMs: number;
    /** The same from Chromium's trace of the page's main thread, which sees the coach's isolated world too. */
    coldLongestTracedTaskMs: number;
    coldDraftWords: number;
    /** Fresh page loads in a browser that has run the coach before. */
    warmBrowser: FirstAnalysis[];
  };
  idleCost: IdleCost;
  longDraft: LongDraftRuns;
  /** Bytes of the built content scripts: the coach's, and each one's by file name. */
  scripts: { coach: number; all: Record<string, number> };
  targets: BrowserTarget[];
  /** Page or console errors seen in any tab (the extension must raise none). */
  errors: string[];
  totalSeconds: number;
}

export const ms = (x: number): string => (Number.isNaN(x) ? '-' : x < 10 ? x.toFixed(1) : x.toFixed(0));
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`;

export function table(header: string[], rows: string[][]): string {
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => (row[column] ?? '').length)));
  const line = (row: string[]): string => row.map((text, column) => (column === 0 ? text.padEnd(widths[column]!) : text.padStart(widths[column]!))).join('   ');
  return [line(header), ...rows.map(line)].join('\n');
}

export function formatBrowserReport(results: BrowserBenchResults): string {
  const { machine } = results;
  const out: string[] = [];
  const load = machine.loadAverage;
  const busy = Math.max(load.start, load.end ?? 0) > machine.cores * 0.75;
  out.push(`Tactful in the browser, ${results.date}`);
  out.push(`Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB; ${results.browser}, headless; extension from ${results.extensionDir}`);
  out.push(
    `Load average (1 min): ${load.start.toFixed(2)} at start, ${load.end?.toFixed(2) ?? '?'} at end` +
      (busy ? ': other processes competed for the CPU, so times are higher and noisier than on an idle machine.' : '.'),
  );
  out.push(`Drafts (bench/drafts.ts): ${results.drafts.map((d) => `${d.targetWords} words = ${d.words} words, ${d.characters.toLocaleString('en-US')} characters`).join('; ')}`);

  const sizes = [...new Set(results.typing.map((t) => t.targetWords))];
  const kinds = [...new Set(results.typing.map((t) => t.kind))];
  const at = (kind: string, words: number) => results.typing.find((t) => t.kind === kind && t.targetWords === words);
  out.push('\n1-2. Typing in a reply box preloaded with the draft: key event to underlines updated (ms), long tasks while typing');
  out.push(
    table(
      ['', ...sizes.map((words) => `${words} words`)],
      kinds.flatMap((kind) => [
        [`${kind}: median / p95 (keys)`, ...sizes.map((words) => { const t = at(kind, words); return t ? `${ms(t.keyToUnderlines.median)} / ${ms(t.keyToUnderlines.p95)} (${t.keyToUnderlines.iterations}${t.missed ? `, ${t.missed} missed` : ''})` : '-'; })],
        [`${kind}: max`, ...sizes.map((words) => { const t = at(kind, words); return t ? ms(t.keyToUnderlines.max) : '-'; })],
        [`${kind}: long tasks (longest)`, ...sizes.map((words) => { const t = at(kind, words); return t ? `${t.longTasks.count} (${ms(t.longTasks.longestMs)})` : '-'; })],
        [`${kind}: findings on the draft`, ...sizes.map((words) => String(at(kind, words)?.findings ?? '-'))],
      ]),
    ),
  );
  out.push(`  From the keydown's timeStamp to the coach's 'tactful:underlines' User Timing mark, which it sets once the
  underlines match the analysed draft (CSS highlight ranges for a contenteditable, the mirror's runs for a textarea;
  the browser paints them at its next frame). Keys typed one at a time with a short pause, a few at each of several
  seeded places in the body; the caret move settles before typing.`);

  const first = results.firstAnalysis;
  out.push('\n4. First analysis: focus on the reply box to the badge showing its count (ms; the coach is injected on first focus)');
  out.push(
    table(
      ['', 'median', 'min', 'max', 'samples', 'longest task (page observer)', 'longest task (trace)'],
      [
        [`first focus after the browser starts, ${first.coldDraftWords} words`, ms(first.coldBrowser.median), ms(first.coldBrowser.min), ms(first.coldBrowser.max), String(first.coldBrowser.iterations), ms(first.coldLongestTaskMs), ms(first.coldLongestTracedTaskMs)],
        ...first.warmBrowser.map((f) => [`fresh page, browser warm, ${f.targetWords} words`, ms(f.focusToBadge.median), ms(f.focusToBadge.min), ms(f.focusToBadge.max), String(f.focusToBadge.iterations), ms(f.longestTaskMs), ms(f.longestTracedTaskMs)]),
      ],
    ),
  );
  out.push(`  Longest task: the longest main-thread task from focus to the badge showing its count, in any sample. The page's
  long-task observer does not see the coach, which runs in the extension's isolated world; Chromium's trace
  (RunTask on CrRendererMain of the page's renderer, between console.timeStamp labels at focus and badge) does.`);
  out.push(`\n5. Content scripts as built: ${Object.entries(results.scripts.all).map(([name, bytes]) => `${name} ${kb(bytes)}`).join(', ')}`);

  const idle = results.idleCost;
  out.push(`\n3. A page with no reply box (a help-centre article), loaded with and without the extension: median of ${idle.runs} loads each`);
  out.push(
    table(
      ['CDP Performance.getMetrics after load + 1 s idle', 'without', 'with', 'difference'],
      [
        ['ScriptDuration (ms, thread time)', ms(idle.without.scriptMs), ms(idle.with.scriptMs), ms(idle.difference.scriptMs)],
        ['TaskDuration (ms, thread time)', ms(idle.without.taskMs), ms(idle.with.taskMs), ms(idle.difference.taskMs)],
        ['JSHeapUsedSize after GC', kb(idle.without.heapUsed), kb(idle.with.heapUsed), kb(idle.difference.heapUsed)],
      ],
    ),
  );

  out.push(`\n${formatLongDraftReport(results.longDraft)}`);

  out.push('\nTargets');
  out.push(table(['', 'measured', 'target', ''], results.targets.map((t) => [t.description, t.measured, t.limit, t.pass ? 'PASS' : 'MISS'])));
  if (results.errors.length) out.push(`\nErrors in the pages:\n  ${results.errors.join('\n  ')}`);
  return out.join('\n');
}
