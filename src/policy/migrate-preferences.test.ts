import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { preferencesToVersion2 } from './migrate-preferences';
import { validatePreferences } from './validate-policy';

describe('preferencesToVersion2', () => {
  it('turns the list of rules the agent turned off into one choice per rule, keeping every other setting', () => {
    const version1 = { disabledRules: ['calm-down', 'as-i-said'], categories: { blame: 'off' }, sites: { deny: ['mail.example.com'] } };
    const version2 = preferencesToVersion2(version1);
    expect(version2).toEqual({ rules: { 'calm-down': false, 'as-i-said': false }, categories: { blame: 'off' }, sites: { deny: ['mail.example.com'] } });
    expect(validatePreferences(version2).ok).toBe(true);
  });

  it('drops an empty list and leaves preferences without one as they are', () => {
    expect(preferencesToVersion2({ disabledRules: [], checklist: { apology: false } })).toEqual({ checklist: { apology: false } });
    expect(preferencesToVersion2({ checklist: { apology: false } })).toEqual({ checklist: { apology: false } });
  });

  it('passes on what it does not recognise, so validation reports it instead of the step losing it', () => {
    const damaged = { disabledRules: ['calm-down', 7] };
    expect(preferencesToVersion2(damaged)).toBe(damaged);
    expect(preferencesToVersion2('nonsense')).toBe('nonsense');
  });
});

describe('stored preferences from version 1', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // The storage item runs its migrations when its module is first loaded, as in a freshly updated extension.
    vi.resetModules();
  });

  it('are migrated when the extension first reads them, and apply as before', async () => {
    await fakeBrowser.storage.local.set({ preferences: { disabledRules: ['calm-down'], categories: { negative: 'off' } }, preferences$: { v: 1 } });
    const { preferencesItem } = await import('./policy-storage');
    const { readEffectivePolicy } = await import('./read-policy-layers');
    expect(await preferencesItem.getValue()).toEqual({ rules: { 'calm-down': false }, categories: { negative: 'off' } });
    expect(await fakeBrowser.storage.local.get('preferences$')).toEqual({ preferences$: { v: 2 } });
    const effective = await readEffectivePolicy();
    expect(effective.settings.disabledRules).toEqual(['calm-down']);
    expect(effective.settings.categories).toEqual({ negative: 'off' });
  });

  it('are written at the current version when new', async () => {
    const { preferencesItem } = await import('./policy-storage');
    await preferencesItem.setValue({ rules: { 'calm-down': false } });
    expect(await fakeBrowser.storage.local.get('preferences$')).toEqual({ preferences$: { v: 2 } });
  });
});
