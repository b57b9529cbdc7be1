import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { InputError } from './input-error';
import { stdinSource, type InputSource } from './parse-args';

/** What the input is, for messages: "cannot read customer file ...". */
export type InputLabel = 'draft' | 'customer' | 'policy' | 'input';

const reasons: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

function describe(source: InputSource, label: InputLabel): string {
  return source === stdinSource ? `${label} from stdin` : `${label} file ${source}`;
}

function inputError(source: InputSource, label: InputLabel, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = (code && reasons[code]) ?? (error instanceof Error ? error.message : String(error));
  return new InputError(`cannot read ${describe(source, label)}: ${reason}`);
}

/** A stream of the input's bytes. Opening first makes a missing file an InputError here, not a stream error later. */
export async function openInput(source: InputSource, label: InputLabel): Promise<Readable> {
  if (source === stdinSource) return process.stdin;
  try {
    const handle = await open(source);
    // A directory opens fine on Linux and fails only on the first read.
    if ((await handle.stat()).isDirectory()) {
      await handle.close();
      throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    }
    return handle.createReadStream({ encoding: 'utf8' });
  } catch (error) {
    throw inputError(source, label, error);
  }
}

/**
 * The whole input as text. A leading byte-order mark is dropped: editors on Windows add it, and it would
 * otherwise shift every column on the first line and sit inside the finding offsets.
 */
export async function readInput(source: InputSource, label: InputLabel): Promise<string> {
  const stream = await openInput(source, label);
  try {
    return stripByteOrderMark(await text(stream));
  } catch (error) {
    throw inputError(source, label, error);
  }
}

export function stripByteOrderMark(content: string): string {
  return content.startsWith('\uFEFF') ? content.slice(1) : content;
}
