import type { CoachStore } from './coach-store';
import { watchResolvedPolicy } from '../policy/watch-resolved-policy';
import { siteStatus } from '../policy/site-status';

export interface TeamPolicyFollower {
  /** Settles once the policy has been read: nothing is coached before, so a denied site never shows the coach. */
  ready: Promise<void>;
  /** Whether the policy lets the coach run on this page's host. */
  enabled(): boolean;
}

/**
 * Keeps the store's policy the effective one, live, as the background resolves it: an import in the options page,
 * a managed policy update or a site turned off in the popup reaches this tab without a reload. `onSiteChange`
 * hears when the site is turned on or off after the first reading.
 */
export function followTeamPolicy(store: CoachStore, host: string, onSiteChange: (enabled: boolean) => void, signal: AbortSignal): TeamPolicyFollower {
  let enabled: boolean | undefined;
  let settle: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (settle = resolve));
  watchResolvedPolicy((policy) => {
    store.policy.value = policy.analysis;
    store.sendPolicy.value = policy.send;
    const now = siteStatus(host, policy).enabled;
    const before = enabled;
    enabled = now;
    if (before !== undefined && before !== now) onSiteChange(now);
    settle();
  }, signal);
  return { ready, enabled: () => enabled ?? false };
}
