import { describe, expect, it } from 'vitest';
import { InputError } from './input-error';
import { parseArgs, type CheckOptions } from './parse-args';
import { checkUsage, mainUsage, policyUsage } from './usage';

const defaults: CheckOptions = { draft: '-', draftImplied: true, customer: undefined, policy: undefined, json: false, jsonl: false };

function problem(argv: string[]): string {
  try {
    parseArgs(argv);
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
  throw new Error(`parsed without a problem: ${argv.join(' ')}`);
}

describe('parseArgs', () => {
  it('reads the draft from stdin when no file is given', () => {
    expect(parseArgs(['check'])).toEqual({ kind: 'check', options: defaults });
    expect(parseArgs(['check', '-'])).toEqual({ kind: 'check', options: { ...defaults, draftImplied: false } });
  });

  it('reads every option, with the value after a space or an equals sign', () => {
    expect(parseArgs(['check', '--customer', 'c.txt', '--policy=p.json', '--json', 'd.txt'])).toEqual({
      kind: 'check',
      options: { ...defaults, draft: 'd.txt', draftImplied: false, customer: 'c.txt', policy: 'p.json', json: true },
    });
    expect(parseArgs(['check', '--jsonl', '--policy', 'p.json']).kind).toBe('check');
  });

  it('takes everything after "--" as the file', () => {
    expect(parseArgs(['check', '--', '--odd-name.txt'])).toEqual({
      kind: 'check',
      options: { ...defaults, draft: '--odd-name.txt', draftImplied: false },
    });
  });

  it('answers help and version, for the tool and for check', () => {
    expect(parseArgs(['--help'])).toEqual({ kind: 'help', usage: mainUsage });
    expect(parseArgs(['-h'])).toEqual({ kind: 'help', usage: mainUsage });
    expect(parseArgs(['check', '--json', '--help'])).toEqual({ kind: 'help', usage: checkUsage });
    expect(parseArgs(['--version'])).toEqual({ kind: 'version' });
    expect(parseArgs(['check', '-v'])).toEqual({ kind: 'version' });
  });

  it('shows the usage for a missing or unknown command', () => {
    for (const argv of [[], ['lint']]) {
      expect(() => parseArgs(argv)).toThrow(InputError);
      try {
        parseArgs(argv);
      } catch (error) {
        expect((error as InputError).usage).toBe(mainUsage);
      }
    }
  });

  it('refuses what it cannot run, naming the problem', () => {
    expect(problem(['check', '--colour'])).toBe('unknown option --colour (see tactful check --help)');
    expect(problem(['check', '-x'])).toContain('unknown option -x');
    expect(problem(['check', '--customer'])).toBe('option --customer needs a file name');
    expect(problem(['check', '--customer', '--json', 'd.txt'])).toBe('option --customer needs a file name');
    expect(problem(['check', '--policy=', 'd.txt'])).toBe('option --policy needs a file name');
    expect(problem(['check', '--policy', 'a.json', '--policy', 'b.json'])).toBe('option --policy is given more than once');
    expect(problem(['check', '--json=yes'])).toBe('option --json takes no value');
    expect(problem(['check', 'a.txt', 'b.txt'])).toBe('check takes one draft file, got 2: a.txt b.txt');
    expect(problem(['check', '--json', '--jsonl'])).toContain('cannot be combined');
    expect(problem(['check', '--jsonl', '--customer', 'c.txt'])).toContain('each line carries its own "customer"');
    expect(problem(['check', '--customer', '-'])).toBe('only one input can be read from stdin ("-")');
  });
});

describe('parseArgs for policy', () => {
  it('reads validate and schema', () => {
    expect(parseArgs(['policy', 'validate', 'p.json'])).toEqual({ kind: 'policy-validate', policy: 'p.json' });
    expect(parseArgs(['policy', 'schema'])).toEqual({ kind: 'policy-schema', managed: false });
    expect(parseArgs(['policy', 'schema', '--managed'])).toEqual({ kind: 'policy-schema', managed: true });
    expect(parseArgs(['policy', '--help'])).toEqual({ kind: 'help', usage: policyUsage });
  });

  it('refuses what it cannot run', () => {
    expect(problem(['policy'])).toBe('policy needs a subcommand');
    expect(problem(['policy', 'lint'])).toBe('unknown policy subcommand "lint"');
    expect(problem(['policy', 'validate'])).toBe('policy validate takes one policy file, got 0');
    expect(problem(['policy', 'validate', '--strict', 'p.json'])).toContain('unknown option --strict');
    expect(problem(['policy', 'schema', 'x'])).toBe('policy schema takes only --managed, got x');
  });
});

describe('parseArgs for policy deploy', () => {
  it('reads the browser, the system, an id and the file, in any order', () => {
    expect(parseArgs(['policy', 'deploy', '--browser', 'chrome', '--os', 'windows', 'p.json'])).toEqual({ kind: 'policy-deploy', policy: 'p.json', browser: 'chrome', os: 'windows' });
    expect(parseArgs(['policy', 'deploy', 'p.json', '--os=linux', '--browser=edge', '--id', 'abcdefghijklmnopabcdefghijklmnop'])).toEqual({
      kind: 'policy-deploy',
      policy: 'p.json',
      browser: 'edge',
      os: 'linux',
      id: 'abcdefghijklmnopabcdefghijklmnop',
    });
    expect(parseArgs(['policy', 'deploy', '--browser', 'firefox', '--os', 'macos', '--id', 'tactful@example.com', 'p.json'])).toMatchObject({ id: 'tactful@example.com' });
  });

  it('refuses a missing or unknown browser or system, a malformed id, and anything but one file', () => {
    expect(problem(['policy', 'deploy', '--os', 'linux', 'p.json'])).toBe('policy deploy needs --browser chrome|edge|firefox');
    expect(problem(['policy', 'deploy', '--browser', 'chrome', 'p.json'])).toBe('policy deploy needs --os windows|macos|linux');
    expect(problem(['policy', 'deploy', '--browser', 'safari', '--os', 'macos', 'p.json'])).toBe('--browser must be one of chrome, edge, firefox, got "safari"');
    expect(problem(['policy', 'deploy', '--browser', 'chrome', '--os', 'chromeos', 'p.json'])).toBe('--os must be one of windows, macos, linux, got "chromeos"');
    expect(problem(['policy', 'deploy', '--browser', 'chrome', '--os', 'linux'])).toBe('policy deploy takes one policy file, got 0');
    expect(problem(['policy', 'deploy', '--browser', 'chrome', '--os', 'linux', '--id', 'NEILNFOIKK', 'p.json'])).toContain('is not a Chrome extension id');
    expect(problem(['policy', 'deploy', '--browser', 'firefox', '--os', 'linux', '--id', 'tactful', 'p.json'])).toContain('is not a Firefox add-on id');
    expect(problem(['policy', 'deploy', '--browser', '--os', 'linux', 'p.json'])).toBe('option --browser needs a value');
    expect(problem(['policy', 'deploy', '--browser', 'chrome', '--browser', 'edge', '--os', 'linux', 'p.json'])).toBe('option --browser is given more than once');
    expect(problem(['policy', 'deploy', '--force', 'p.json'])).toContain('unknown option --force');
  });
});
