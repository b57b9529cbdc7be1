import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, spawnTactful } from './spawn-tactful';

const fixtureLines = ['flagged.jsonl', 'good.jsonl'].flatMap((name) =>
  readFileSync(join(projectRoot, 'test/fixtures/drafts', name), 'utf8').split('\n').filter((line) => line.trim() !== ''),
);

function parseLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('tactful check --jsonl', { timeout: 30_000 }, () => {
  it('answers every line in order, reporting bad lines by id or line number and going on', async () => {
    const input = [
      JSON.stringify({ id: 'a', customer: 'This is the third time I have asked. Where is my refund?', draft: 'As I already said, the refund is on its way.' }),
      '',
      'not json',
      JSON.stringify({ id: 'b', draft: 42 }),
      '[1, 2]',
      JSON.stringify({ id: 7, draft: 'Thanks for waiting, the parcel left today.' }),
      JSON.stringify({ customer: 'Hello' }),
      JSON.stringify({ id: 'c', customer: ['not', 'text'], draft: 'Hi' }),
      JSON.stringify({ draft: 'No id here.' }),
    ].join('\n');
    const run = await spawnTactful(['check', '--jsonl'], input);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('');

    const [a, notJson, badDraft, notObject, seven, noDraft, badCustomer, noId, ...rest] = parseLines(run.stdout);
    expect(rest).toEqual([]);
    expect(a).toMatchObject({ id: 'a', customer: { mood: expect.any(String) } });
    expect((a?.draft as { findings: { category: string }[] }).findings.map((finding) => finding.category)).toContain('passive-aggressive');
    expect(notJson).toEqual({ line: 3, error: expect.stringContaining('not valid JSON') });
    expect(badDraft).toEqual({ id: 'b', line: 4, error: '"draft" is not a string' });
    expect(notObject).toEqual({ line: 5, error: 'not a JSON object' });
    expect(seven).toMatchObject({ id: 7, customer: null, draft: { findings: [] } });
    expect(noDraft).toEqual({ line: 7, error: '"draft" is missing' });
    expect(badCustomer).toEqual({ id: 'c', line: 8, error: '"customer" is not a string' });
    expect(noId).toMatchObject({ id: null, customer: null });
  });

  it('applies the policy to every line and exits 1 on an error finding', async () => {
    const input = [
      JSON.stringify({ id: 1, draft: "You're overreacting, it's a small charge." }),
      JSON.stringify({ id: 2, draft: 'As I already said, it shipped.' }),
    ].join('\n');
    const plain = await spawnTactful(['check', '--jsonl'], input);
    expect(plain.status).toBe(1);

    const scratch = mkdtempSync(join(tmpdir(), 'tactful-jsonl-'));
    try {
      const policy = join(scratch, 'policy.json');
      writeFileSync(policy, JSON.stringify({ categories: { dismissive: 'off' } }));
      const run = await spawnTactful(['check', '--jsonl', '--policy', policy], input);
      expect(run.status).toBe(0);
      const [first, second] = parseLines(run.stdout) as { draft: { findings: { category: string }[] } }[];
      expect(first?.draft.findings).toEqual([]);
      expect(second?.draft.findings.map((finding) => finding.category)).toEqual(['passive-aggressive']);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it('streams 2,000 lines', async () => {
    const lines = Array.from({ length: 2000 }, (_, index) => fixtureLines[index % fixtureLines.length] as string);
    const run = await spawnTactful(['check', '--jsonl'], lines.join('\n') + '\n');
    expect(run.stderr).toBe('');
    const outputs = parseLines(run.stdout);
    expect(outputs).toHaveLength(2000);
    outputs.forEach((output, index) => {
      expect(output.id).toBe((JSON.parse(lines[index] as string) as { id: string }).id);
      expect(output).toHaveProperty('draft.checklist');
    });
  });
});
