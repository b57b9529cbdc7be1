import { describe, expect, it } from 'vitest';
import { compareFiles } from './compare-files';

const files = (entries: Record<string, string>) => new Map(Object.entries(entries).map(([path, text]) => [path, Buffer.from(text)]));

describe('compareFiles', () => {
  it('finds nothing between the same files', () => {
    expect(compareFiles(files({ 'a.js': '1', 'b/c.js': '2' }), files({ 'b/c.js': '2', 'a.js': '1' }))).toEqual([]);
  });

  it('names each file missing, extra or different', () => {
    expect(compareFiles(files({ 'a.js': '1', 'b.js': '2' }), files({ 'a.js': '9', 'c.js': '3' }))).toEqual([
      { path: 'a.js', problem: 'different' },
      { path: 'b.js', problem: 'missing' },
      { path: 'c.js', problem: 'extra' },
    ]);
  });
});
