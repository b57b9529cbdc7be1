/*
 * npm run bench: how fast the analysis engine is on realistic support drafts, next to alex and
 * write-good, against the targets it was designed for. Prints a report and writes bench/out/results.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { analyzeDraft, analyzerFor, type AnalysisPolicy } from '../src/analysis/index';
import { measureBundles } from './bundle-size';
import { measureColdStarts } from './cold-start';
import { freshDrafts } from './drafts';
import { keystrokeEdits } from './keystrokes';
import { currentLoad, describeMachine } from './machine';
import { maxCalls, measure, sinkValue, type MeasureOptions } from './measure';
import { formatReport, type BenchResults } from './report';
import { checkTargets, ratiosFor, type SizeResults } from './targets';
import { baselines, linters } from './tools';

const sizes = [50, 300, 3000] as const;
const coldProcesses = 5;
const keystrokeWarmup = 20;

/** Iterations per size: enough for a stable median and p95, within about three minutes in all. */
const plans: Record<(typeof sizes)[number], { full: MeasureOptions; keystrokes: number }> = {
  50: { full: { warmup: 30, minIterations: 50, maxIterations: 400, budgetMs: 1500 }, keystrokes: 400 },
  300: { full: { warmup: 15, minIterations: 30, maxIterations: 300, budgetMs: 2000 }, keystrokes: 400 },
  3000: { full: { warmup: 3, minIterations: 12, maxIterations: 60, budgetMs: 3000 }, keystrokes: 300 },
};

const progress = (message: string): void => {
  process.stderr.write(`${message}\n`);
};

const started = performance.now();
const machine = describeMachine();

progress('bundling the engine for the browser...');
const { report: bundle, engineCode } = await measureBundles();

progress(`cold starts: ${coldProcesses} fresh processes per size...`);
const cold = await measureColdStarts(engineCode, sizes, coldProcesses);

progress('analyzer construction...');
const construction = measure(() => (analyzerFor({}) ? 1 : 0), { warmup: 5, minIterations: 30, maxIterations: 200, budgetMs: 1000 });

const perSize: SizeResults[] = [];
for (const words of sizes) {
  const plan = plans[words];
  progress(`${words} words...`);
  const drafts = freshDrafts(words, maxCalls(plan.full));
  const textAt = (i: number): string => drafts[i % drafts.length]!.text;

  // Every call gets a draft the sentence cache has never seen: the cost of analysing a whole draft.
  const warmFull = measure((i) => analyzeDraft(textAt(i)).findings.length, plan.full);

  // A policy object of its own gives an analyzer whose cache holds this draft and its edits only.
  const policy: AnalysisPolicy = {};
  const [base] = freshDrafts(words, 1);
  analyzeDraft(base!.text, { policy });
  const unchanged = measure(() => analyzeDraft(base!.text, { policy }).findings.length, { warmup: 20, minIterations: 100, maxIterations: 300, budgetMs: 1000 });
  const edits = keystrokeEdits(base!.text, plan.keystrokes, words);
  const keystrokeOptions = { warmup: keystrokeWarmup, minIterations: edits.length - keystrokeWarmup, maxIterations: edits.length - keystrokeWarmup, budgetMs: 0 };
  const keystroke = measure((i) => analyzeDraft(edits[i]!, { policy }).findings.length, keystrokeOptions);

  const tools = (list: typeof linters) => Object.fromEntries(list.map((tool) => [tool.name, measure((i) => tool.analyze(textAt(i)), plan.full)]));
  const draft = drafts[0]!;
  perSize.push({
    targetWords: words,
    draft: { words: draft.words, sentences: draft.sentences, riskySentences: draft.riskySentences, characters: draft.text.length },
    cold: cold[words]!,
    tactful: { warmFull, unchanged, keystroke },
    linters: tools(linters),
    baselines: tools(baselines),
  });
}

machine.loadAverage.end = currentLoad();
const results: BenchResults = {
  date: new Date().toISOString(),
  machine,
  construction,
  sizes: perSize,
  ratios: perSize.map(ratiosFor),
  targets: checkTargets(perSize),
  bundle,
  checksum: sinkValue(),
  totalSeconds: (performance.now() - started) / 1000,
};
const outDir = new URL('out/', import.meta.url);
mkdirSync(outDir, { recursive: true });
writeFileSync(new URL('results.json', outDir), `${JSON.stringify(results, null, 2)}\n`);
console.log(formatReport(results));
console.log(`\nWrote bench/out/results.json (${results.totalSeconds.toFixed(0)} s in all).`);
