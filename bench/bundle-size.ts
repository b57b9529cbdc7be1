import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';

export interface Size {
  raw: number;
  gzip: number;
}

export interface BundleReport {
  /** `src/analysis/index.ts` bundled for the browser, minified, ESM. */
  engine: Size;
  /** Bytes of the engine bundle (before gzip) that come from each package, or from our own code and lexicons. */
  engineParts: Record<string, number>;
  /** Each compromise entry bundled alone the same way, for comparison. */
  compromise: Record<string, Size>;
}

const root = new URL('..', import.meta.url).pathname;

const browserOptions = {
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  write: false,
  metafile: true,
  logLevel: 'silent',
  absWorkingDir: root,
} as const;

const sizeOf = (code: Uint8Array): Size => ({ raw: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength });

/** compromise's own dependencies (efrt, grad-school, suffix-thumb) count as compromise: they come only with it. */
const compromiseDependencies = new Set(
  Object.keys((JSON.parse(readFileSync(`${root}node_modules/compromise/package.json`, 'utf8')) as { dependencies?: object }).dependencies ?? {}),
);

/** Which package (or our own folder) an input path of the metafile belongs to. */
function ownerOf(input: string): string {
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
  if (inPackage) return compromiseDependencies.has(inPackage[1]!) ? 'compromise' : inPackage[1]!;
  if (input.startsWith('lexicons/')) return 'lexicons (ours)';
  return 'src (ours)';
}

function partsOf(metafile: Metafile): Record<string, number> {
  const parts: Record<string, number> = {};
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const owner = ownerOf(input);
      parts[owner] = (parts[owner] ?? 0) + bytesInOutput;
    }
  }
  return Object.fromEntries(Object.entries(parts).sort(([, a], [, b]) => b - a));
}

async function bundleModule(specifier: string): Promise<Uint8Array> {
  const result = await build({ ...browserOptions, stdin: { contents: `export { default } from '${specifier}';`, resolveDir: root, loader: 'js' } });
  return result.outputFiles[0]!.contents;
}

/** Bundles the engine as the extension would ship it; also returns the code, so the cold start can load the same bundle. */
export async function measureBundles(): Promise<{ report: BundleReport; engineCode: Uint8Array }> {
  const engine = await build({ ...browserOptions, entryPoints: ['src/analysis/index.ts'], outfile: 'engine.js' });
  const engineCode = engine.outputFiles[0]!.contents;
  const compromise: Record<string, Size> = {};
  for (const specifier of ['compromise', 'compromise/two', 'compromise/one']) compromise[specifier] = sizeOf(await bundleModule(specifier));
  return { report: { engine: sizeOf(engineCode), engineParts: partsOf(engine.metafile), compromise }, engineCode };
}
