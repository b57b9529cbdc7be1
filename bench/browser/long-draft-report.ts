import { summarize } from '../measure';
import type { LongDraftResult } from './long-draft';
import { ms, table, type BrowserTarget } from './report';

export type Build = 'this build' | 'baseline';

export interface LongDraftRuns {
  characters: number;
  /** The baseline build's folder, when one was given: its runs alternate with this build's in the same session. */
  baselineDir: string | null;
  runs: Array<LongDraftResult & { build: Build }>;
}

/** The figures reported for the build before this work (in a busy session), printed beside today's. */
const before = { longestTask: '60–175', p95: '41–58' };
const limits = { longestTaskMs: 50, p95Ms: 25 };

interface Summary {
  pasteTask: number;
  scriptsInPasteTask: number;
  longestTask: number;
  pasteToCoached: number;
  p50: number;
  p95: number;
  typingTask: number;
  findings: string;
  missed: number;
}

/** Over the rounds of one build and editor: the median round's longest task and paste time, percentiles of all keys. */
function summaryOf(runs: readonly LongDraftResult[]): Summary {
  const median = (values: number[]): number => summarize(values).median;
  const keys = summarize(runs.flatMap((run) => run.latencies).concat(runs.every((run) => run.latencies.length === 0) ? [Number.NaN] : []));
  return {
    pasteTask: median(runs.map((run) => run.pasteTaskMs)),
    scriptsInPasteTask: median(runs.map((run) => run.scriptsInPasteTaskMs)),
    longestTask: median(runs.map((run) => run.longestTaskAfterPasteMs)),
    pasteToCoached: median(runs.map((run) => run.pasteToCoached)),
    p50: keys.median,
    p95: keys.p95,
    typingTask: median(runs.map((run) => run.longestTaskWhileTypingMs)),
    findings: [...new Set(runs.map((run) => run.findings))].join('/'),
    missed: runs.reduce((sum, run) => sum + run.missed, 0),
  };
}

function groups(results: LongDraftRuns): Array<{ kind: string; build: Build; summary: Summary }> {
  const kinds = [...new Set(results.runs.map((run) => run.kind))];
  const builds: Build[] = results.baselineDir ? ['baseline', 'this build'] : ['this build'];
  return kinds.flatMap((kind) => builds.map((build) => ({ kind, build, summary: summaryOf(results.runs.filter((run) => run.kind === kind && run.build === build)) })));
}

export function formatLongDraftReport(results: LongDraftRuns): string {
  const rounds = results.runs.filter((run) => run.build === 'this build' && run.kind === results.runs[0]?.kind).length;
  const out: string[] = [];
  out.push(`5. A draft of ${results.characters.toLocaleString('en-US')} characters pasted into an empty reply box (Ctrl+V), then typed at its end (median of ${rounds} rounds, keys pooled)`);
  const rows = groups(results).map(({ kind, build, summary }) => [
    results.baselineDir ? `${kind}, ${build}` : kind,
    `${ms(summary.pasteTask)} (${ms(summary.scriptsInPasteTask)})`,
    ms(summary.longestTask),
    ms(summary.pasteToCoached),
    `${ms(summary.p50)} / ${ms(summary.p95)}${summary.missed ? ` (${summary.missed} missed)` : ''}`,
    ms(summary.typingTask),
    summary.findings,
  ]);
  out.push(table(['', 'paste task (scripts in it)', 'longest task after it', 'paste to coached', 'key to underlines p50 / p95', 'longest task typing', 'findings'], rows));
  out.push(`  Reported before this work: longest task after the paste ${before.longestTask} ms, key to underlines p95 ${before.p95} ms.`);
  if (results.baselineDir) {
    out.push(`  This build over the baseline (${results.baselineDir}), same session; below 1 is faster:`);
    const all = groups(results);
    const ratios = [...new Set(all.map((group) => group.kind))].map((kind) => {
      const base = all.find((group) => group.kind === kind && group.build === 'baseline')!.summary;
      const mine = all.find((group) => group.kind === kind && group.build === 'this build')!.summary;
      const ratio = (a: number, b: number): string => (b > 0 ? (a / b).toFixed(2) : '-');
      return [kind, `${ratio(mine.pasteTask, base.pasteTask)} (${ratio(mine.scriptsInPasteTask, base.scriptsInPasteTask)})`, ratio(mine.longestTask, base.longestTask), ratio(mine.pasteToCoached, base.pasteToCoached), `${ratio(mine.p50, base.p50)} / ${ratio(mine.p95, base.p95)}`, ratio(mine.typingTask, base.typingTask)];
    });
    out.push(table(['', 'paste task (scripts in it)', 'longest task after it', 'paste to coached', 'key to underlines p50 / p95', 'longest task typing'], ratios));
  }
  out.push(`  Tasks from Chromium's trace of the page's renderer main thread (every world, the coach's included). The paste
  task is the browser's own paste (editing and layout of the new text, which no script can split) with the input
  handlers it runs, the coach's among them (scripts in it); the tasks after it, until the badge's final count, are
  the coach's analysis and painting. Keys from the keydown's timeStamp to the coach's 'tactful:underlines' mark.`);
  return out.join('\n');
}

/** This build against the issue's limits for a draft of this size. */
export function longDraftTargets(results: LongDraftRuns): BrowserTarget[] {
  return groups(results)
    .filter((group) => group.build === 'this build')
    .flatMap(({ kind, summary }) => [
      {
        description: `longest task after pasting ${results.characters.toLocaleString('en-US')} characters, ${kind}: scripts in the paste task, the tasks after it`,
        measured: `${ms(summary.scriptsInPasteTask)} ms, ${ms(summary.longestTask)} ms`,
        limit: `<= ${limits.longestTaskMs} ms`,
        pass: Math.max(summary.scriptsInPasteTask, summary.longestTask) <= limits.longestTaskMs,
      },
      { description: `key to underlines p95 at ${results.characters.toLocaleString('en-US')} characters, ${kind}`, measured: `${ms(summary.p95)} ms`, limit: `<= ${limits.p95Ms} ms`, pass: summary.missed === 0 && summary.p95 <= limits.p95Ms },
    ]);
}
