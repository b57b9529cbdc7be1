import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';

/** Every file of a zip, by its path inside. */
export async function readZip(path: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const files = new Map<string, Buffer>();
  for (const entry of Object.values(zip.files)) if (!entry.dir) files.set(entry.name, await entry.async('nodebuffer'));
  return files;
}

/** Writes the zip's files under `directory`. */
export async function extractZip(path: string, directory: string): Promise<void> {
  for (const [name, content] of await readZip(path)) {
    const target = join(directory, name);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
}

/** A fixed date on every entry, so the same files make the same zip, byte for byte. */
const entryDate = new Date('2000-01-01T00:00:00Z');

export async function writeZip(path: string, files: ReadonlyMap<string, Buffer>): Promise<void> {
  const zip = new JSZip();
  for (const name of [...files.keys()].sort()) zip.file(name, files.get(name)!, { date: entryDate });
  writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } }));
}
