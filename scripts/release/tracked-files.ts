import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The files git tracks, as they are in the working tree: never an untracked screenshot, demo output or benchmark result. */
export function trackedFiles(root: string): Map<string, Buffer> {
  const paths = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
  // A tracked file deleted in the working tree is not part of what builds.
  return new Map(paths.filter((path) => existsSync(resolve(root, path))).map((path) => [path, readFileSync(resolve(root, path))]));
}

/** Tracked files whose working copy differs from the last commit: they go into the sources as they are now. */
export function uncommittedChanges(root: string): string[] {
  return execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
}
