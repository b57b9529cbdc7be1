import { createHash } from 'node:crypto';

export interface FileDifference {
  path: string;
  problem: 'missing' | 'extra' | 'different';
}

const sha256 = (content: Buffer): string => createHash('sha256').update(content).digest('hex');

/** How `actual` differs from `expected`, file by file, by content hash; empty when they are the same files. */
export function compareFiles(expected: ReadonlyMap<string, Buffer>, actual: ReadonlyMap<string, Buffer>): FileDifference[] {
  const differences: FileDifference[] = [];
  for (const [path, content] of expected) {
    const other = actual.get(path);
    if (!other) differences.push({ path, problem: 'missing' });
    else if (sha256(other) !== sha256(content)) differences.push({ path, problem: 'different' });
  }
  for (const path of actual.keys()) if (!expected.has(path)) differences.push({ path, problem: 'extra' });
  return differences.sort((a, b) => a.path.localeCompare(b.path));
}
