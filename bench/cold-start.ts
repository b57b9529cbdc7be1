import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { summarize, type Stats } from './measure';
import type { ColdSample } from './cold-start-child';

export interface ColdStart {
  processes: number;
  importMs: Stats;
  firstMs: Stats;
  secondMs: Stats;
  findings: number;
}

const root = new URL('..', import.meta.url).pathname;
const outDir = `${root}bench/out`;

/**
 * "Cold" as a user meets it: a new page loads the engine bundle and analyses the draft already in
 * the reply box. Each sample is a new Node process that imports the minified browser bundle of the
 * engine (no tsx, no transpiling) and calls `analyzeDraft` for the first time.
 */
export async function measureColdStarts(engineCode: Uint8Array, sizes: readonly number[], processes: number): Promise<Record<number, ColdStart>> {
  mkdirSync(outDir, { recursive: true });
  const bundlePath = `${outDir}/engine.browser.mjs`;
  writeFileSync(bundlePath, engineCode);
  const childPath = `${outDir}/cold-start-child.mjs`;
  await build({ entryPoints: [`${root}bench/cold-start-child.ts`], bundle: true, format: 'esm', platform: 'node', outfile: childPath, logLevel: 'warning' });

  const results: Record<number, ColdStart> = {};
  for (const words of sizes) {
    const samples: ColdSample[] = [];
    for (let k = 0; k < processes; k++) {
      const output = execFileSync(process.execPath, [childPath, bundlePath, String(words), String(2 * k)], { encoding: 'utf8' });
      samples.push(JSON.parse(output) as ColdSample);
    }
    results[words] = {
      processes,
      importMs: summarize(samples.map((s) => s.importMs)),
      firstMs: summarize(samples.map((s) => s.firstMs)),
      secondMs: summarize(samples.map((s) => s.secondMs)),
      findings: samples[0]!.findings,
    };
  }
  return results;
}
