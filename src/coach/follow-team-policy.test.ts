import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importedPolicyItem, preferencesItem } from '../policy/policy-storage';
import { publishEffectivePolicy } from '../policy/publish-effective-policy';
import { createCoachStore } from './coach-store';
import { followTeamPolicy } from './follow-team-policy';

describe('followTeamPolicy', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps the coach’s policy the effective one, and tells when the site is turned off and on', async () => {
    await importedPolicyItem.setValue({ policy: { version: 1, categories: { blame: 'off' } }, source: 'team.json', at: 0 });
    const store = createCoachStore();
    const changes: boolean[] = [];
    const controller = new AbortController();
    // What the background does: resolve the layers for the coach to follow.
    publishEffectivePolicy(controller.signal);
    const follower = followTeamPolicy(store, 'acme.zendesk.com', (enabled) => changes.push(enabled), controller.signal);
    await follower.ready;
    expect(follower.enabled()).toBe(true);
    expect(store.policy.value).toEqual({ categories: { blame: 'off' } });

    await preferencesItem.setValue({ sites: { deny: ['zendesk.com'] } });
    await expect.poll(() => changes).toEqual([false]);
    expect(follower.enabled()).toBe(false);
    await preferencesItem.setValue({});
    await expect.poll(() => changes).toEqual([false, true]);
    controller.abort();
  });
});
