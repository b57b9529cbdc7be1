import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importedPolicyItem, managedPolicyItem, managedRejectionItem, preferencesItem } from './policy-storage';
import { readEffectivePolicy, watchEffectivePolicy } from './read-policy-layers';
import { syncManagedPolicy } from './sync-managed-policy';
import type { EffectivePolicy } from './resolve-policy';

describe('stored policy layers', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps the last good managed policy when a malformed one arrives, with every reason', async () => {
    await syncManagedPolicy({ version: 1, categories: { blame: 'off' } });
    await syncManagedPolicy({ version: 1, categories: { blame: 'loud' }, locked: ['nope'] });
    expect((await managedPolicyItem.getValue())?.policy).toEqual({ version: 1, categories: { blame: 'off' } });
    expect((await managedRejectionItem.getValue())?.issues.map((issue) => issue.path)).toEqual(['categories.blame', 'locked[0]']);
    expect((await readEffectivePolicy()).settings.categories).toEqual({ blame: 'off' });
  });

  it('stops the managed policy when it is removed', async () => {
    await syncManagedPolicy({ version: 1, categories: { blame: 'off' } });
    await fakeBrowser.storage.managed.clear();
    await syncManagedPolicy();
    expect(await managedPolicyItem.getValue()).toBeNull();
  });

  it('ignores a damaged stored copy instead of applying half of it', async () => {
    await importedPolicyItem.setValue({ policy: { version: 1, categories: { blame: 'loud' as 'off' } }, source: 'x.json', at: 0 });
    await preferencesItem.setValue({ categories: { negative: 'off' } });
    expect((await readEffectivePolicy()).settings.categories).toEqual({ negative: 'off' });
  });

  it('keeps the agent’s settings while a lock holds them back, and applies them again when it goes', async () => {
    await preferencesItem.setValue({ categories: { negative: 'off' } });
    await importedPolicyItem.setValue({ policy: { version: 1, locked: ['categories'] }, source: 'team.json', at: 0 });
    expect((await readEffectivePolicy()).settings.categories).toBeUndefined();
    await importedPolicyItem.setValue(null);
    expect(await preferencesItem.getValue()).toEqual({ categories: { negative: 'off' } });
    expect((await readEffectivePolicy()).settings.categories).toEqual({ negative: 'off' });
  });

  it('reports every change live', async () => {
    const seen: EffectivePolicy[] = [];
    const controller = new AbortController();
    watchEffectivePolicy((policy) => seen.push(policy), controller.signal);
    await expect.poll(() => seen.length).toBe(1);
    await preferencesItem.setValue({ rules: { 'calm-down': false } });
    await expect.poll(() => seen.at(-1)?.settings.disabledRules).toEqual(['calm-down']);
    controller.abort();
  });
});

describe('followManagedPolicy', () => {
  beforeEach(() => fakeBrowser.reset());

  it('applies managed storage changes live, and refuses a malformed update while the last good one stays', async () => {
    const { followManagedPolicy } = await import('./sync-managed-policy');
    followManagedPolicy();
    await fakeBrowser.storage.managed.set({ policy: { version: 1, name: 'Acme IT', categories: { blame: 'error' } } });
    await expect.poll(async () => (await readEffectivePolicy()).settings.categories).toEqual({ blame: 'error' });
    expect((await readEffectivePolicy()).locks.categories).toMatch(/managed/);

    await fakeBrowser.storage.managed.set({ policy: { version: 1, custom: [{ id: 'team-x', phrases: ['!!!'], category: 'blame', severity: 'error', message: 'x', suggestions: [] }] } });
    await expect.poll(async () => (await managedRejectionItem.getValue())?.issues).toEqual([{ path: 'custom[0].phrases[0]', message: 'the phrase "!!!" has no words' }]);
    expect((await readEffectivePolicy()).settings.categories).toEqual({ blame: 'error' });

    await fakeBrowser.storage.managed.remove('policy');
    await expect.poll(async () => managedPolicyItem.getValue()).toBeNull();
  });
});
