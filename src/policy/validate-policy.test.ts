import { describe, expect, it } from 'vitest';
import { migratePolicy, validatePolicy, validatePolicyText, validatePreferences } from './validate-policy';

const rule = { id: 'team-per-policy', phrases: ['as per policy'], category: 'defensive', severity: 'warning', message: 'Sounds cold.', suggestions: ['under our policy'] };

describe('validatePolicy', () => {
  it('accepts every field of a full policy', () => {
    const policy = {
      version: 1,
      name: 'Support EU',
      categories: { blame: 'error', shouting: 'off' },
      disabledRules: ['calm-down'],
      custom: [rule],
      vocabulary: { accept: ['ASAP'] },
      required: [{ kind: 'greeting' }, { kind: 'sign-off', phrases: ['Kind regards'] }, { kind: 'ticket-reference' }, { kind: 'phrase', id: 'survey', phrases: ['rate us'] }],
      checklist: { escalation: false },
      sites: { allow: ['*.zendesk.com', 'example.com'], deny: ['mail.example.com'] },
      beforeSend: 'warnings+checklist',
      allowSendAnyway: false,
      locked: ['categories', 'sites', 'beforeSend', 'allowSendAnyway'],
    };
    expect(validatePolicy(policy)).toEqual({ ok: true, value: policy });
  });

  it('refuses with every reason, each with its field path', () => {
    const result = validatePolicy({
      version: 1,
      categories: { blame: 'loud' },
      custom: [{ ...rule, id: 'mine', message: ' ' }, rule, rule],
      required: [{ kind: 'phrase', phrases: ['x'] }, { kind: 'regex', id: 'bad', regex: '(' }],
      sites: { deny: ['https://example.com/'] },
      locked: ['colour'],
      extra: true,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining(['categories.blame', 'custom[0].id', 'custom[0].message', 'custom[2].id', 'required[0].id', 'required[1].regex', 'sites.deny[0]', 'locked[0]', '(top level)']),
    );
    expect(result.issues.find((issue) => issue.path === 'custom[2].id')?.message).toBe('the id "team-per-policy" is used twice');
    expect(result.issues.find((issue) => issue.path === 'required[0].id')?.message).toBe('is required');
  });

  it('says which holds at Send there are, and that sending anyway is true or false', () => {
    const result = validatePolicy({ version: 1, beforeSend: 'always', allowSendAnyway: 'no' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => `${issue.path}: ${issue.message}`)).toEqual([
      'beforeSend: Invalid option: expected one of "off"|"errors"|"warnings"|"warnings+checklist"',
      'allowSendAnyway: Invalid input: expected boolean, received string',
    ]);
  });

  it('checks phrases and patterns with the engine’s own compilers', () => {
    const result = validatePolicy({ version: 1, custom: [{ ...rule, phrases: ['!!!'], patterns: ['(unclosed'] }] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((issue) => issue.path)).toEqual(['custom[0].phrases[0]', 'custom[0].patterns[0]']);
  });

  it('refuses a version it does not know, and text that is not JSON', () => {
    const future = validatePolicy({ version: 2 });
    expect(future).toEqual({ ok: false, issues: [{ path: 'version', message: 'this Tactful reads policy version 1' }] });
    const broken = validatePolicyText('{ "version": ');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.issues[0]?.message).toMatch(/^not valid JSON/);
  });

  it('lower-cases host patterns', () => {
    const result = validatePolicy({ version: 1, sites: { deny: ['Example.COM'] } });
    expect(result.ok && result.value.sites).toEqual({ deny: ['example.com'] });
  });
});

describe('migratePolicy', () => {
  it('reads the CLI’s policy files from before `version` as version 1', () => {
    expect(migratePolicy({ categories: { blame: 'off' } })).toEqual({ version: 1, categories: { blame: 'off' } });
    expect(validatePolicy({ categories: { blame: 'off' } })).toEqual({ ok: true, value: { version: 1, categories: { blame: 'off' } } });
  });

  it('leaves what is not an object to validation', () => {
    expect(migratePolicy([1])).toEqual([1]);
    expect(validatePolicy('policy').ok).toBe(false);
  });
});

describe('validatePreferences', () => {
  it('takes the settings without version, name or locks, and rules one by one instead of a disabled list', () => {
    expect(validatePreferences({ categories: { blame: 'off' }, rules: { 'calm-down': true } }).ok).toBe(true);
    expect(validatePreferences({ locked: ['categories'] }).ok).toBe(false);
    expect(validatePreferences({ disabledRules: ['calm-down'] })).toEqual({ ok: false, issues: [{ path: '(top level)', message: 'Unrecognized key: "disabledRules"' }] });
    expect(validatePreferences({ rules: { 'calm-down': 'off' } })).toEqual({ ok: false, issues: [{ path: 'rules.calm-down', message: expect.any(String) }] });
  });
});
