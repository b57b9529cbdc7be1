/*
 * npm run bench:browser: Tactful's speed in Chromium with the built extension, against the issue's targets.
 * Uses the build in TACTFUL_OUT_DIR (default .output), as the e2e tests do: build first with
 * `TACTFUL_OUT_DIR=/tmp/out-bench npx wxt build`, then `TACTFUL_OUT_DIR=/tmp/out-bench npm run bench:browser`.
 * Prints a report and writes bench/out/browser-results.json. A benchmark, not a test: it fails only when
 * it cannot measure.
 * `--only=long-draft` runs the 100,000-character case alone; with TACTFUL_BASELINE_OUT_DIR (another build's
 * TACTFUL_OUT_DIR) that case runs for both builds, alternating in one session, and prints this one's ratios to it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromiumPath, extensionDir } from '../../e2e/support/paths';
import { servePages } from '../../e2e/support/serve-pages';
import { buildDraft, longThread } from '../drafts';
import { currentLoad, describeMachine } from '../machine';
import { summarize } from '../measure';
import { launchBenchBrowser } from './browsers';
import { focusOnFreshPage, measureFirstAnalysis } from './first-analysis';
import { measureArticleLoad, type PageMetrics } from './idle-cost';
import { measureLongDraft } from './long-draft';
import { formatLongDraftReport, longDraftTargets, type LongDraftRuns } from './long-draft-report';
import { writeBenchPages } from './pages';
import { formatBrowserReport, ms, type BrowserBenchResults, type BrowserTarget, type IdleCost } from './report';
import { measureTyping, type TypingPlan, type TypingResult } from './typing';

const sizes = [50, 300, 3000] as const;
const kinds = ['contenteditable', 'textarea'] as const;
/** 15 places x 4 keys: 60 timed keys per editor and size, so the p95 rests on the 3 slowest. */
const typingPlan: TypingPlan = { places: 15, keysPerPlace: 4, pauseMs: 40 };
const coldLaunches = 3;
const coldWords = 300;
const warmLoads = 5;
const idleRuns = 7;
const longCharacters = 100_000;
const longRounds = Number(process.env.TACTFUL_LONG_ROUNDS ?? 3);
const longKeys = 40;
const onlyLongDraft = process.argv.includes('--only=long-draft');
const baselineDir = process.env.TACTFUL_BASELINE_OUT_DIR ? resolve(process.env.TACTFUL_BASELINE_OUT_DIR, 'chrome-mv3') : null;

const progress = (message: string): void => {
  process.stderr.write(`${message}\n`);
};

const coachScript = join(extensionDir, 'content-scripts/coach.js');
if (!existsSync(coachScript)) throw new Error(`no extension build in ${extensionDir}: run TACTFUL_OUT_DIR=... npx wxt build first`);
if (!readFileSync(coachScript, 'utf8').includes('tactful:underlines')) throw new Error(`${coachScript} predates the 'tactful:underlines' mark: rebuild the extension`);

const contentScripts = join(extensionDir, 'content-scripts');
/** The built content scripts' sizes in bytes: the coach is what the first focus injects into a page. */
const scripts = {
  coach: statSync(coachScript).size,
  all: Object.fromEntries(readdirSync(contentScripts).filter((name) => name.endsWith('.js')).map((name) => [name, statSync(join(contentScripts, name)).size])),
};
const kb = (bytes: number): string => (bytes / 1024).toFixed(0);

const started = performance.now();
const machine = describeMachine();
const drafts = sizes.map((targetWords) => ({ targetWords, draft: buildDraft(targetWords, 0) }));
const pagesDir = join(dirname(extensionDir), 'bench-pages');
writeBenchPages(pagesDir);
const server = await servePages(pagesDir);
const errors: string[] = [];

/** The long draft in each editor, `longRounds` times, each run in a browser of its own; alternating with the baseline build's. */
async function runLongDraft(): Promise<LongDraftRuns> {
  const draft = longThread(longCharacters);
  const builds = baselineDir ? (['baseline', 'this build'] as const) : (['this build'] as const);
  const runs: LongDraftRuns['runs'] = [];
  for (let round = 0; round < longRounds; round++) {
    for (const kind of kinds) {
      for (const build of builds) {
        progress(`${longCharacters.toLocaleString('en-US')} characters: ${kind}, ${build}, round ${round + 1} of ${longRounds}...`);
        const browser = await launchBenchBrowser(true, build === 'baseline' ? baselineDir! : undefined);
        runs.push({ build, ...(await measureLongDraft(browser, server.url, kind, draft, longKeys)) });
        errors.push(...browser.errors);
        await browser.close();
      }
    }
  }
  return { characters: draft.length, baselineDir, runs };
}

if (onlyLongDraft) {
  try {
    const longDraft = await runLongDraft();
    console.log(formatLongDraftReport(longDraft));
    console.log(`\nTargets\n${longDraftTargets(longDraft).map((t) => `  ${t.description}: ${t.measured} (${t.limit}) ${t.pass ? 'PASS' : 'MISS'}`).join('\n')}`);
    if (errors.length) console.log(`\nErrors in the pages:\n  ${errors.join('\n  ')}`);
  } finally {
    await server.close();
  }
  process.exit(0);
}

try {
  progress(`first focus in a newly started browser: ${coldLaunches} launches...`);
  const cold: number[] = [];
  const coldLongestTasks: number[] = [];
  const coldTracedTasks: number[] = [];
  for (let i = 0; i < coldLaunches; i++) {
    const browser = await launchBenchBrowser(true);
    const sample = await focusOnFreshPage(browser, server.url, buildDraft(coldWords, 100 + i).text);
    cold.push(sample.ms);
    coldLongestTasks.push(sample.longestTaskMs);
    coldTracedTasks.push(sample.longestTracedTaskMs);
    errors.push(...browser.errors);
    await browser.close();
  }

  const browser = await launchBenchBrowser(true);
  const typing: TypingResult[] = [];
  for (const { targetWords, draft } of drafts) {
    for (const kind of kinds) {
      progress(`typing: ${kind}, ${targetWords} words...`);
      typing.push(await measureTyping(browser, server.url, kind, draft.text, targetWords, typingPlan));
    }
  }
  progress(`first analysis on fresh pages: ${warmLoads} loads per size...`);
  const warm = await measureFirstAnalysis(
    browser,
    server.url,
    sizes.map((targetWords, i) => ({ targetWords, text: buildDraft(targetWords, 200 + i).text })),
    warmLoads,
  );
  errors.push(...browser.errors);
  await browser.close();

  progress(`a page without a reply box: ${idleRuns} loads with and without the extension, alternating...`);
  const without = await launchBenchBrowser(false);
  const withExtension = await launchBenchBrowser(true);
  // One untimed load each: the HTTP cache and the page's own code are warm for every timed load, in both browsers.
  await measureArticleLoad(without, server.url);
  await measureArticleLoad(withExtension, server.url);
  const samples: IdleCost['samples'] = { without: [], with: [] };
  for (let i = 0; i < idleRuns; i++) {
    samples.without.push(await measureArticleLoad(without, server.url));
    samples.with.push(await measureArticleLoad(withExtension, server.url));
  }
  errors.push(...without.errors, ...withExtension.errors);
  await without.close();
  await withExtension.close();
  const medianOf = (list: PageMetrics[]): PageMetrics => ({
    scriptMs: summarize(list.map((m) => m.scriptMs)).median,
    taskMs: summarize(list.map((m) => m.taskMs)).median,
    heapUsed: summarize(list.map((m) => m.heapUsed)).median,
  });
  const idleWithout = medianOf(samples.without);
  const idleWith = medianOf(samples.with);
  const idleCost: IdleCost = {
    runs: idleRuns,
    without: idleWithout,
    with: idleWith,
    difference: { scriptMs: idleWith.scriptMs - idleWithout.scriptMs, taskMs: idleWith.taskMs - idleWithout.taskMs, heapUsed: idleWith.heapUsed - idleWithout.heapUsed },
    samples,
  };

  const longDraft = await runLongDraft();

  const targets: BrowserTarget[] = [];
  const p95Target = (words: number, limit: number): void => {
    for (const kind of kinds) {
      const t = typing.find((candidate) => candidate.kind === kind && candidate.targetWords === words)!;
      const p95 = t.keyToUnderlines.p95;
      targets.push({ description: `key to underlines p95, ${kind}, ${words} words`, measured: `${ms(p95)} ms`, limit: `< ${limit} ms`, pass: t.missed === 0 && p95 < limit });
    }
  };
  p95Target(300, 16);
  p95Target(3000, 50);
  const longest = Math.max(...typing.map((t) => t.longTasks.longestMs));
  targets.push({ description: 'longest task while typing, any editor and size', measured: `${ms(longest)} ms (long tasks: ${typing.reduce((n, t) => n + t.longTasks.count, 0)})`, limit: 'none over 50 ms', pass: longest <= 50 });
  targets.push(...longDraftTargets(longDraft));
  const tracedFirstFocus = Math.max(...coldTracedTasks, ...warm.map((f) => f.longestTracedTaskMs));
  targets.push({ description: 'longest main-thread task, focus to badge (Chromium trace)', measured: `${ms(tracedFirstFocus)} ms`, limit: 'none over 50 ms', pass: tracedFirstFocus <= 50 });
  targets.push({ description: 'coach content script', measured: `${kb(scripts.coach)} KB`, limit: '<= 400 KB', pass: scripts.coach <= 400 * 1024 });
  targets.push({ description: 'script time on a page without a reply box', measured: `+${ms(idleCost.difference.scriptMs)} ms`, limit: '< 5 ms', pass: idleCost.difference.scriptMs < 5 });
  targets.push({ description: 'JS heap on a page without a reply box', measured: `+${(idleCost.difference.heapUsed / 1024).toFixed(0)} KB`, limit: '< 1 MB', pass: idleCost.difference.heapUsed < 1024 * 1024 });

  machine.loadAverage.end = currentLoad();
  const results: BrowserBenchResults = {
    date: new Date().toISOString(),
    machine,
    browser: execFileSync(chromiumPath, ['--version'], { encoding: 'utf8' }).trim(),
    extensionDir,
    drafts: drafts.map(({ targetWords, draft }) => ({ targetWords, words: draft.words, characters: draft.text.length })),
    typing,
    firstAnalysis: { coldBrowser: summarize(cold), coldLongestTaskMs: Math.max(...coldLongestTasks), coldLongestTracedTaskMs: Math.max(...coldTracedTasks), coldDraftWords: coldWords, warmBrowser: warm },
    scripts,
    idleCost,
    longDraft,
    targets,
    errors,
    totalSeconds: (performance.now() - started) / 1000,
  };
  const outDir = new URL('../out/', import.meta.url);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(new URL('browser-results.json', outDir), `${JSON.stringify(results, null, 2)}\n`);
  console.log(formatBrowserReport(results));
  console.log(`\nWrote bench/out/browser-results.json (${results.totalSeconds.toFixed(0)} s in all).`);
} finally {
  await server.close();
}
