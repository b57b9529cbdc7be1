import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CustomerAnalysis, DraftAnalysis } from '../analysis/types';
import packageJson from '../../package.json';
import { projectRoot, spawnTactful } from './spawn-tactful';

const customerFile = 'test/fixtures/sample-ticket/customer.txt';
const draftFile = 'test/fixtures/sample-ticket/draft.txt';
const draft = readFileSync(join(projectRoot, draftFile), 'utf8');
/** From the dismissive pack's own examples: an error-severity finding. */
const errorDraft = "You're overreacting, it's a small charge.\n";

/** Where `phrase` starts in `text`, worked out apart from the code under test. */
function locationOf(text: string, phrase: string): string {
  const before = text.slice(0, text.indexOf(phrase)).split(/\r\n|\r|\n/);
  return `${before.length}:${(before.at(-1) as string).length + 1}`;
}

interface CheckJson {
  customer: CustomerAnalysis | null;
  draft: DraftAnalysis;
}

let scratch: string;
function writeScratch(name: string, content: string): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'tactful-cli-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// Each run starts the real CLI, which takes a second or two to load the engine; one at a time, so that
// runs do not starve each other of CPU.
describe('tactful check', { timeout: 30_000 }, () => {
  it('says plainly that a reply in another language was not checked, and --json names the language', async () => {
    const german = writeScratch('german.txt', 'Hallo Herr Brandt,\n\ndas ist Ihr Fehler, Sie hätten die Anleitung lesen müssen.\n');
    const run = await spawnTactful(['check', german]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('This is in German. Tactful coaches English text: it was not checked.');
    expect(run.stdout).not.toContain('No risky wording found');
    expect(run.stdout).not.toContain('Reply checklist');
    const json = JSON.parse((await spawnTactful(['check', '--json', german])).stdout) as CheckJson;
    expect(json.draft).toMatchObject({ language: 'de', findings: [], checklist: [] });
  });

  it('reports findings, the checklist and the customer for the sample ticket', async () => {
    const run = await spawnTactful(['check', '--customer', customerFile, draftFile]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(draftFile);

    const passiveAggressive = lines.findIndex((line) => line.includes('"As I already said in my last email"'));
    expect(lines[passiveAggressive]).toMatch(new RegExp(`^\\s+${locationOf(draft, 'As I already said')}\\s+warning\\s+passive-aggressive\\s+"As I already said in my last email"$`));
    expect(lines[passiveAggressive + 1]).toMatch(/^\s+Pointing out that you already said it/);
    expect(lines[passiveAggressive + 2]).toMatch(/^\s+Try: "To recap"/);
    expect(run.stdout).toMatch(new RegExp(`^\\s+${locationOf(draft, "you didn't attach")}\\s+warning\\s+blame\\s+"you didn't attach`, 'm'));
    expect(run.stdout).toContain('insincere-apology');

    expect(run.stdout).toContain('\nReply checklist\n');
    expect(run.stdout).toMatch(/^\s+✗ missing\s+empathy\s+Name how the customer feels/m);
    expect(run.stdout).toMatch(/^\s+✓ met\s+solution\s+/m);
    expect(run.stdout).toMatch(/^Customer: angry, intensity \d\.\d\d$/m);
    expect(run.stdout).toMatch(/^\s+\d+:\d+\s+public-threat\s+"post a review on Trustpilot telling everyone"$/m);
    expect(run.stdout).toMatch(/^4 findings \(2 warnings, 2 suggestions\) · \d+ checklist items missing · tone \d+\/100$/m);
    // A pipe is not a terminal: no colour codes.
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('prints the analyses as JSON whose offsets slice the draft to each finding', async () => {
    const run = await spawnTactful(['check', '--json', '--customer', customerFile, draftFile]);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as CheckJson;
    expect(Object.keys(result)).toEqual(['customer', 'draft']);
    expect(result.customer?.mood).toBe('angry');
    expect(result.draft.checklist.map((item) => item.id)).toContain('escalation');
    expect(result.draft.findings.length).toBeGreaterThan(0);
    for (const finding of result.draft.findings) expect(draft.slice(finding.start, finding.end)).toBe(finding.text);
  });

  it('reads the draft from stdin and exits 1 on an error finding', async () => {
    const run = await spawnTactful(['check'], errorDraft);
    expect(run.status).toBe(1);
    expect(run.stdout.split('\n')[0]).toBe('<stdin>');
    expect(run.stdout).toMatch(/^\s+1:1\s+error\s+dismissive\s+"You're overreacting"$/m);

    const dash = await spawnTactful(['check', '--json', '-'], errorDraft);
    expect(dash.status).toBe(1);
    expect((JSON.parse(dash.stdout) as CheckJson).draft.findings.some((finding) => finding.severity === 'error')).toBe(true);
  });

  it('applies a policy: a category turned off loses its findings, a lowered one its exit code', async () => {
    const without = JSON.parse((await spawnTactful(['check', '--json', draftFile])).stdout) as CheckJson;
    expect(without.customer).toBeNull();
    expect(without.draft.findings.map((finding) => finding.category)).toContain('passive-aggressive');

    const off = writeScratch('off.json', JSON.stringify({ categories: { 'passive-aggressive': 'off' } }));
    const withPolicy = JSON.parse((await spawnTactful(['check', '--json', '--policy', off, draftFile])).stdout) as CheckJson;
    expect(withPolicy.draft.findings.map((finding) => finding.category)).not.toContain('passive-aggressive');
    expect(withPolicy.draft.findings.length).toBe(without.draft.findings.length - 1);

    const lowered = writeScratch('lowered.json', JSON.stringify({ categories: { dismissive: 'warning' } }));
    const run = await spawnTactful(['check', '--policy', lowered], errorDraft);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^\s+1:1\s+warning\s+dismissive/m);
  });

  it('exits 2 with one line naming every invalid field of a policy', async () => {
    const policy = writeScratch(
      'invalid.json',
      JSON.stringify({
        categories: { blame: 'loud' },
        custom: [{ id: 'mine', phrases: ['as per policy'], category: 'defensive', severity: 'warning', message: 'Cold.', suggestions: [] }],
      }),
    );
    const run = await spawnTactful(['check', '--policy', policy, draftFile]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(`tactful: invalid policy ${policy}: `);
    expect(run.stderr).toContain('categories.blame: ');
    expect(run.stderr).toContain('custom[0].id: a team rule id is "team-"');
  });

  it('exits 2 on a policy that is not JSON', async () => {
    const run = await spawnTactful(['check', '--policy', writeScratch('broken.json', '{ "categories": '), draftFile]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^tactful: policy .*broken\.json is not valid JSON: .+\n$/);
  });

  it('exits 2 on a missing file', async () => {
    const run = await spawnTactful(['check', '--customer', 'no-such-customer.txt', draftFile]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('tactful: cannot read customer file no-such-customer.txt: no such file\n');
  });

  it('exits 2 on an unknown option or command, with usage for the command', async () => {
    const option = await spawnTactful(['check', '--colour', draftFile]);
    expect(option.status).toBe(2);
    expect(option.stderr).toBe('tactful: unknown option --colour (see tactful check --help)\n');

    const command = await spawnTactful(['lint']);
    expect(command.status).toBe(2);
    expect(command.stderr).toMatch(/^tactful: unknown command "lint"\n\nUsage: tactful <command>/);
  });

  it('shows help and the version', async () => {
    const help = await spawnTactful(['check', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: tactful check \[--customer FILE\] \[--policy FILE\] \[--json\] \[FILE\|-\]/);
    expect(help.stdout).toContain('Exit codes:');

    const version = await spawnTactful(['--version']);
    expect(version.stdout).toBe(`${packageJson.version}\n`);
  });
});
