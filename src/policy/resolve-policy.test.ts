import { describe, expect, it } from 'vitest';
import { resolvePolicy, type PolicyLayers } from './resolve-policy';
import { siteStatus, hostMatches } from './site-status';
import type { TeamPolicy } from './policy-schema';

const none: PolicyLayers = { imported: null, managed: null, preferences: {} };
const rule = (id: string, message = 'Team rule.') => ({ id, phrases: ['as per policy'], category: 'defensive' as const, severity: 'warning' as const, message, suggestions: [] });

describe('resolvePolicy', () => {
  it('is the built-in defaults when nothing is set', () => {
    expect(resolvePolicy(none)).toEqual({ settings: { sites: {} }, analysis: {}, send: { beforeSend: 'warnings', allowSendAnyway: true, holdNotes: false }, locks: {}, sites: { team: {}, agent: {} } });
  });

  it('layers the imported policy, the managed policy over it, then the agent', () => {
    const imported: TeamPolicy = { version: 1, categories: { blame: 'off', negative: 'error' }, disabledRules: ['a'], custom: [rule('team-x', 'imported')] };
    const managed: TeamPolicy = { version: 1, categories: { blame: 'warning' }, custom: [rule('team-x', 'managed')] };
    const effective = resolvePolicy({ imported, managed, preferences: { rules: { b: false }, checklist: { apology: false }, categories: { shouting: 'off' } } });
    expect(effective.settings.disabledRules).toEqual(['a', 'b']);
    expect(effective.settings.custom?.map((custom) => custom.message)).toEqual(['managed']);
    expect(effective.analysis.checklist).toEqual({ apology: false });
    // The managed policy set categories, so they are locked: the agent's shouting: off does not apply.
    expect(effective.settings.categories).toEqual({ blame: 'warning', negative: 'error' });
    expect(effective.locks.categories).toMatch(/managed policy/);
    expect(effective.locks.custom).toMatch(/managed policy/);
  });

  it('holds sends as the agent chose, unless the team locks it, and as the managed policy says over the imported one', () => {
    const imported: TeamPolicy = { version: 1, beforeSend: 'errors', allowSendAnyway: false };
    expect(resolvePolicy({ imported, managed: null, preferences: { beforeSend: 'warnings+checklist' } }).send).toEqual({ beforeSend: 'warnings+checklist', allowSendAnyway: false, holdNotes: false });
    const locked = resolvePolicy({ imported: { ...imported, locked: ['beforeSend'] }, managed: null, preferences: { beforeSend: 'off' } });
    expect(locked.send.beforeSend).toBe('errors');
    expect(locked.locks.beforeSend).toMatch(/team policy/);
    const managed = resolvePolicy({ imported, managed: { version: 1, allowSendAnyway: true }, preferences: { allowSendAnyway: false } });
    expect(managed.send).toEqual({ beforeSend: 'errors', allowSendAnyway: true, holdNotes: false });
    expect(managed.locks.allowSendAnyway).toMatch(/managed policy/);
    const notes = resolvePolicy({ imported: { version: 1, holdNotes: true, locked: ['holdNotes'] }, managed: null, preferences: { holdNotes: false } });
    expect(notes.send.holdNotes).toBe(true);
    expect(resolvePolicy({ imported: null, managed: null, preferences: { holdNotes: true } }).send.holdNotes).toBe(true);
  });

  it('ignores the agent’s settings where the team locks them, and names the team', () => {
    const imported: TeamPolicy = { version: 1, name: 'Support EU', locked: ['vocabulary'] };
    const effective = resolvePolicy({ imported, managed: null, preferences: { vocabulary: { accept: ['ASAP'] }, categories: { blame: 'off' } } });
    expect(effective.settings.vocabulary).toBeUndefined();
    expect(effective.settings.categories).toEqual({ blame: 'off' });
    expect(effective.locks).toEqual({ vocabulary: 'Locked by the team policy “Support EU”.' });
  });

  it('lets the agent turn back on a rule the team turned off, unless the team locks the rules', () => {
    const imported: TeamPolicy = { version: 1, disabledRules: ['calm-down', 'as-i-said'] };
    const preferences = { rules: { 'calm-down': true, 'you-should-have': false } };
    expect(resolvePolicy({ imported, managed: null, preferences }).settings.disabledRules).toEqual(['as-i-said', 'you-should-have']);
    const locked = resolvePolicy({ imported: { ...imported, locked: ['disabledRules'] }, managed: null, preferences });
    expect(locked.settings.disabledRules).toEqual(['calm-down', 'as-i-said']);
    expect(locked.locks.disabledRules).toMatch(/team policy/);
  });

  it('locks what a managed policy lists even when it sets nothing there', () => {
    expect(resolvePolicy({ ...none, managed: { version: 1, locked: ['sites'] } }).locks).toEqual({ sites: expect.stringMatching(/managed/) });
  });

  it('gives the engine only its part', () => {
    const effective = resolvePolicy({ ...none, preferences: { sites: { deny: ['example.com'] }, required: [{ kind: 'greeting' }] } });
    expect(effective.analysis).toEqual({ required: [{ kind: 'greeting' }] });
  });
});

describe('siteStatus', () => {
  it('matches hosts, subdomains and wildcards', () => {
    expect(hostMatches('example.com', 'example.com')).toBe(true);
    expect(hostMatches('help.example.com', 'example.com')).toBe(true);
    expect(hostMatches('example.com', '*.example.com')).toBe(false);
    expect(hostMatches('notexample.com', 'example.com')).toBe(false);
    expect(hostMatches('anything', '*')).toBe(true);
  });

  it('lets the deny list win, and tells who turned the site off', () => {
    const team = resolvePolicy({ ...none, imported: { version: 1, sites: { allow: ['*.zendesk.com'], deny: ['legal.zendesk.com'] } } });
    expect(siteStatus('acme.zendesk.com', team)).toEqual({ enabled: true, offBy: null });
    expect(siteStatus('legal.zendesk.com', team)).toEqual({ enabled: false, offBy: 'team' });
    expect(siteStatus('mail.google.com', team)).toEqual({ enabled: false, offBy: 'team' });
    const agent = resolvePolicy({ ...none, preferences: { sites: { deny: ['127.0.0.1'] } } });
    expect(siteStatus('127.0.0.1', agent)).toEqual({ enabled: false, offBy: 'agent' });
    expect(siteStatus('localhost', agent)).toEqual({ enabled: true, offBy: null });
  });
});
