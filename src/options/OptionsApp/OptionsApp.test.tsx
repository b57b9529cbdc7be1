// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importedPolicyItem, preferencesItem } from '../../policy/policy-storage';
import { createOptionsStore, importPolicy, setPreference } from '../options-store';
import { OptionsApp } from './OptionsApp';

async function mount(): Promise<{ root: HTMLElement; store: ReturnType<typeof createOptionsStore>; controller: AbortController }> {
  const controller = new AbortController();
  const store = createOptionsStore(controller.signal);
  const root = document.createElement('div');
  document.body.append(root);
  render(<OptionsApp store={store} />, root);
  await expect.poll(() => root.querySelector('[data-testid=options]')?.getAttribute('data-ready')).toBe('true');
  return { root, store, controller };
}

describe('options page', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('shows locked settings locked, with the reason, and keeps the others editable', async () => {
    await importedPolicyItem.setValue({ policy: { version: 1, name: 'Support EU', locked: ['categories'] }, source: 'eu.json', at: 0 });
    const { root, controller } = await mount();
    const categories = root.querySelector('[data-testid=section-categories]')!;
    await expect.poll(() => categories.getAttribute('data-locked')).toBe('true');
    expect(categories.querySelector('[data-testid=lock-note]')?.textContent).toContain('Locked by the team policy “Support EU”.');
    expect(categories.querySelector('fieldset')?.disabled).toBe(true);
    expect(root.querySelector('[data-testid=section-vocabulary]')?.getAttribute('data-locked')).toBe('false');
    controller.abort();
  });

  it('refuses a broken file with every reason, next to each setting, and keeps the policy in force', async () => {
    const { root, store, controller } = await mount();
    expect(await importPolicy(store, 'good.json', JSON.stringify({ version: 1, name: 'Good', categories: { blame: 'off' } }))).toBe(true);
    expect(await importPolicy(store, 'bad.json', JSON.stringify({ version: 1, categories: { blame: 'loud' }, vocabulary: { accept: [''] } }))).toBe(false);
    await expect.poll(() => root.querySelectorAll('[data-testid=import-refused] [data-testid=policy-issue]').length).toBe(2);
    const paths = [...root.querySelectorAll('[data-testid=section-vocabulary] [data-testid=policy-issue]')].map((item) => item.getAttribute('data-path'));
    expect(paths).toEqual(['vocabulary.accept[0]']);
    expect((await importedPolicyItem.getValue())?.policy.name).toBe('Good');
    controller.abort();
  });

  it('checks the test box with the effective policy', async () => {
    await preferencesItem.setValue({ categories: { 'passive-aggressive': 'off' } });
    const { root, controller } = await mount();
    await expect.poll(() => [...root.querySelectorAll('[data-testid=test-finding]')].map((item) => item.getAttribute('data-rule-id'))).not.toContain('passive-aggressive-as-i-said');
    expect(await setPreference('categories', undefined)).toEqual([]);
    await expect.poll(() => [...root.querySelectorAll('[data-testid=test-finding]')].map((item) => item.getAttribute('data-rule-id'))).toContain('passive-aggressive-as-i-said');
    controller.abort();
  });

  it('lets the agent turn back on a rule the team turned off, and says so, unless the team locks the rules', async () => {
    await importedPolicyItem.setValue({ policy: { version: 1, disabledRules: ['passive-aggressive-as-i-said'] }, source: 'team.json', at: 0 });
    const { root, controller } = await mount();
    const toggle = () => root.querySelector<HTMLInputElement>('[data-testid=rule-toggle][data-rule-id=passive-aggressive-as-i-said]')!;
    const note = () => toggle().closest('li')!.querySelector('[data-testid=team-rule-note]')?.textContent;
    await expect.poll(() => toggle().checked).toBe(false);
    expect(note()).toBe('Turned off by the team policy.');
    toggle().click();
    await expect.poll(async () => (await preferencesItem.getValue()).rules).toEqual({ 'passive-aggressive-as-i-said': true });
    await expect.poll(() => note()).toBe('Turned off by the team policy; you turned it back on.');
    expect(toggle().checked).toBe(true);
    // Off again is the team's own choice: the agent's choice goes, so a later team change comes through.
    toggle().click();
    await expect.poll(async () => (await preferencesItem.getValue()).rules).toBeUndefined();

    await importedPolicyItem.setValue({ policy: { version: 1, disabledRules: ['passive-aggressive-as-i-said'], locked: ['disabledRules'] }, source: 'team.json', at: 0 });
    await expect.poll(() => toggle().disabled).toBe(true);
    controller.abort();
  });

  it('sets what holds a send and whether notes are held, and locks each setting apart', async () => {
    const { root, controller } = await mount();
    const level = () => root.querySelector<HTMLSelectElement>('[data-testid=before-send]')!;
    const anyway = () => root.querySelector<HTMLInputElement>('[data-testid=allow-send-anyway]')!;
    expect([level().value, anyway().checked]).toEqual(['warnings', true]);
    level().value = 'errors';
    level().dispatchEvent(new Event('change', { bubbles: true }));
    await expect.poll(async () => (await preferencesItem.getValue()).beforeSend).toBe('errors');
    await importedPolicyItem.setValue({ policy: { version: 1, name: 'Support EU', allowSendAnyway: false, locked: ['allowSendAnyway'] }, source: 'eu.json', at: 0 });
    await expect.poll(() => anyway().closest('fieldset')!.disabled).toBe(true);
    expect(anyway().checked).toBe(false);
    expect(level().closest('fieldset')!.disabled).toBe(false);
    expect(root.querySelector('[data-testid=section-before-send] [data-testid=lock-note]')?.textContent).toContain('Locked by the team policy “Support EU”.');
    const notes = () => root.querySelector<HTMLInputElement>('[data-testid=hold-notes]')!;
    expect([notes().checked, notes().closest('fieldset')!.disabled]).toEqual([false, false]);
    notes().click();
    await expect.poll(async () => (await preferencesItem.getValue()).holdNotes).toBe(true);
    controller.abort();
  });
});
