/*
 * Run in a fresh Node process by cold-start.ts, once per measurement: loads the engine bundle the
 * browser would load and times its first calls. Arguments: bundle path, draft size in words, variant.
 * Prints one JSON line of ColdSample.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { buildDraft } from './drafts';

export interface ColdSample {
  /** Loading and evaluating the bundle: compromise's lexicon, rule compilation, the default analyzer. */
  importMs: number;
  /** The first `analyzeDraft` call: no JIT, empty sentence and tag caches. */
  firstMs: number;
  /** The next call, on a different draft of the same size: caches still empty for its sentences, code barely warm. */
  secondMs: number;
  /** Findings of the first draft: shows the bundle really analysed it. */
  findings: number;
}

type Engine = typeof import('../src/analysis/index');

const [bundlePath, words, variant] = process.argv.slice(2);
if (!bundlePath || !words || !variant) throw new Error('usage: cold-start-child <bundle> <words> <variant>');
const first = buildDraft(Number(words), Number(variant)).text;
const second = buildDraft(Number(words), Number(variant) + 1).text;

const t0 = performance.now();
const engine = (await import(pathToFileURL(bundlePath).href)) as Engine;
const t1 = performance.now();
const a = engine.analyzeDraft(first);
const t2 = performance.now();
engine.analyzeDraft(second);
const t3 = performance.now();

const sample: ColdSample = { importMs: t1 - t0, firstMs: t2 - t1, secondMs: t3 - t2, findings: a.findings.length };
console.log(JSON.stringify(sample));
