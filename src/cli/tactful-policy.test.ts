import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, spawnTactful } from './spawn-tactful';

let scratch: string;
function writeScratch(name: string, content: string): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'tactful-policy-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('tactful policy', { timeout: 30_000 }, () => {
  it('validates the example policy of docs/policy.md', async () => {
    const docs = readFileSync(join(projectRoot, 'docs/policy.md'), 'utf8');
    const example = /```json\n([\s\S]*?)```/.exec(docs)?.[1];
    const run = await spawnTactful(['policy', 'validate', writeScratch('example.json', example ?? '')]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/: valid policy\n$/);
  });

  it('prints every reason, one a line, and exits 2', async () => {
    const policy = writeScratch('bad.json', JSON.stringify({ version: 1, categories: { blame: 'loud' }, locked: ['colour'], sites: { deny: ['http://x/'] } }));
    const run = await spawnTactful(['policy', 'validate', policy]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      `tactful: invalid policy ${policy}, 3 problems:`,
      expect.stringMatching(/^ {2}categories\.blame: /),
      expect.stringMatching(/^ {2}sites\.deny\[0\]: a host pattern is/),
      expect.stringMatching(/^ {2}locked\[0\]: /),
    ]);
  });

  it('prints the JSON Schemas', async () => {
    const file = JSON.parse((await spawnTactful(['policy', 'schema'])).stdout) as { $schema: string; properties: Record<string, unknown> };
    expect(file.$schema).toMatch(/json-schema\.org/);
    expect(Object.keys(file.properties)).toContain('custom');
    const managed = (await spawnTactful(['policy', 'schema', '--managed'])).stdout;
    expect(managed).toBe(readFileSync(join(projectRoot, 'public/managed-schema.json'), 'utf8'));
  });

  it('deploy prints the ready-to-use file on stdout and where it goes on stderr', async () => {
    const docs = readFileSync(join(projectRoot, 'docs/policy.md'), 'utf8');
    const policy = writeScratch('team.json', /```json\n([\s\S]*?)```/.exec(docs)?.[1] ?? '');
    const linux = await spawnTactful(['policy', 'deploy', '--browser', 'chrome', '--os', 'linux', policy]);
    expect(linux.status).toBe(0);
    const managed = JSON.parse(linux.stdout) as { '3rdparty': { extensions: Record<string, { policy: { name: string } }> } };
    expect(managed['3rdparty'].extensions.neilnfoikkicgheccfcmniilhbkhaddm?.policy.name).toBe('Support EU');
    expect(linux.stderr).toContain('/etc/opt/chrome/policies/managed/tactful.json');
    expect(linux.stderr).toContain('pass --id');

    const windows = await spawnTactful(['policy', 'deploy', '--browser', 'edge', '--os', 'windows', policy]);
    expect(windows.status).toBe(0);
    expect(windows.stdout).toMatch(/^Windows Registry Editor Version 5\.00\r\n\r\n\[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge\\3rdparty\\/);
  });

  it('deploy refuses an invalid policy with every reason, and prints no file', async () => {
    const policy = writeScratch('deploy-bad.json', JSON.stringify({ version: 1, categories: { blame: 'loud' }, locked: ['colour'] }));
    const run = await spawnTactful(['policy', 'deploy', '--browser', 'firefox', '--os', 'macos', policy]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toEqual([`tactful: invalid policy ${policy}, 2 problems:`, expect.stringMatching(/^ {2}categories\.blame: /), expect.stringMatching(/^ {2}locked\[0\]: /)]);
  });
});
