import type { BundleReport, Size } from './bundle-size';
import type { Machine } from './machine';
import type { Stats } from './measure';
import type { Ratios, SizeResults, Target } from './targets';

export interface BenchResults {
  date: string;
  machine: Machine;
  /** Building a DraftAnalyzer for a new policy (compiling the rule packs and checklist), warm process. */
  construction: Stats;
  sizes: SizeResults[];
  ratios: Ratios[];
  targets: Target[];
  bundle: BundleReport;
  /** Derived from every result (findings, messages, scores): printed so that no analysed result is unused. */
  checksum: number;
  totalSeconds: number;
}

const ms = (x: number): string => (x < 1 ? x.toFixed(3) : x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0));
const cell = (stats: Stats): string => `${ms(stats.median)} / ${ms(stats.p95)} (${stats.iterations})`;
const bytes = (n: number): string => n.toLocaleString('en-US');
const kib = (size: Size): string => `${bytes(size.raw).padStart(9)} B raw  ${bytes(size.gzip).padStart(9)} B gzip`;

function table(header: string[], rows: string[][]): string {
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => (row[column] ?? '').length)));
  const line = (row: string[]): string => row.map((text, column) => (column === 0 ? text.padEnd(widths[column]!) : text.padStart(widths[column]!))).join('   ');
  return [line(header), ...rows.map(line)].join('\n');
}

export function formatReport(results: BenchResults): string {
  const { machine, sizes } = results;
  const out: string[] = [];
  const load = machine.loadAverage;
  const busy = Math.max(load.start, load.end ?? 0) > machine.cores * 0.75;
  out.push(`Tactful benchmark, ${results.date}`);
  out.push(`Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}`);
  out.push(
    `Load average (1 min): ${load.start.toFixed(2)} at start, ${load.end?.toFixed(2) ?? '?'} at end` +
      (busy ? ': other processes competed for the CPU, so times are higher and noisier than on an idle machine.' : '.'),
  );

  out.push('\nDrafts: the same texts for every tool; greeting, paragraphs of support sentences (about 1 in 5 risky), sign-off.');
  for (const size of sizes) {
    const d = size.draft;
    out.push(`  ${String(size.targetWords).padStart(4)} words: ${d.words} words, ${d.sentences} sentences (${d.riskySentences} risky), ${bytes(d.characters)} characters`);
  }

  const header = ['ms: median / p95 (iterations)', ...sizes.map((size) => `${size.targetWords} words`)];
  const row = (label: string, pick: (size: SizeResults) => Stats | undefined): string[] => [label, ...sizes.map((size) => { const stats = pick(size); return stats ? cell(stats) : '-'; })];
  const toolNames = (kind: 'linters' | 'baselines'): string[] => Object.keys(sizes[0]?.[kind] ?? {});
  out.push('');
  out.push(
    table(header, [
      row('Tactful cold: import the bundle', (s) => s.cold.importMs),
      row('Tactful cold: first analyzeDraft', (s) => s.cold.firstMs),
      row('Tactful cold: second analyzeDraft', (s) => s.cold.secondMs),
      row('Tactful warm full analysis', (s) => s.tactful.warmFull),
      row('Tactful re-analysis, draft unchanged', (s) => s.tactful.unchanged),
      row('Tactful keystroke (one letter typed)', (s) => s.tactful.keystroke),
      ...toolNames('linters').map((name) => row(`${name}, full (= per keystroke)`, (s) => s.linters[name])),
      ...toolNames('baselines').map((name) => row(`baseline: ${name}`, (s) => s.baselines[name])),
    ]),
  );
  out.push(`Analyzer construction for a new policy (compiles the rule packs and checklist), warm: ${cell(results.construction)}`);
  out.push(`
Cold: each of ${sizes[0]?.cold.processes ?? '?'} samples per size is a new Node process that imports the minified browser
  bundle of src/analysis/index.ts (as a page would load it; no tsx), then calls analyzeDraft: the first call
  runs with no JIT and empty sentence and word-tag caches; the second analyses a different draft of the same size.
Warm full: after warm-up, every timed call gets a draft the analyzer has never seen (every sentence carries
  its own reference number), so nothing comes from the sentence cache.
Keystroke: the analyzer has seen the draft; each timed call analyses it with one letter inserted after a
  random letter of its body (a new sentence to analyse, the rest from the cache), every edit different.
alex and write-good have no incremental mode: their cost per keystroke is a full analysis.`);

  out.push('\nRatios of medians, Tactful / other (below 1: Tactful is faster)');
  out.push(
    table(
      ['', ...results.ratios.map((r) => `${r.targetWords} words`)],
      [
        ['warm full / alex', ...results.ratios.map((r) => r.warmFullVsAlex.toFixed(2))],
        ['warm full / write-good', ...results.ratios.map((r) => r.warmFullVsWriteGood.toFixed(2))],
        ['keystroke / one sentiment pass', ...results.ratios.map((r) => r.keystrokeVsSentiment.toFixed(2))],
        ['keystroke / alex full (its keystroke)', ...results.ratios.map((r) => r.keystrokeVsAlex.toFixed(4))],
      ],
    ),
  );

  out.push('\nTargets');
  for (const t of results.targets) {
    out.push(`  ${t.pass ? 'PASS' : 'MISS'}  ${t.description}: ${ms(t.tactfulMs)} ms vs ${ms(t.baselineMs)} ms = ${t.ratio.toFixed(3)}x (limit ${t.limit}x)`);
  }

  const { engine, engineParts, compromise } = results.bundle;
  out.push('\nBundle size (esbuild: bundle, minify, format esm, platform browser; gzip level 9)');
  out.push(`  src/analysis/index.ts   ${kib(engine)}`);
  for (const [part, size] of Object.entries(engineParts)) {
    out.push(`    ${part.padEnd(18)}  ${bytes(size).padStart(9)} B raw  (${((100 * size) / engine.raw).toFixed(0)}% of the engine bundle)`);
  }
  for (const [specifier, size] of Object.entries(compromise)) out.push(`  ${`${specifier} alone`.padEnd(22)}  ${kib(size)}`);
  out.push(`\nChecksum of all results: ${results.checksum}`);
  return out.join('\n');
}
