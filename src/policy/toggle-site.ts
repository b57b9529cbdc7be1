import type { Sites } from './policy-schema';
import type { Preferences } from './preferences-schema';
import { hostMatches } from './site-status';

/**
 * The agent's settings with coaching turned on or off for a host, as the popup's switch does. Off adds the
 * host to the agent's deny list; on takes away every pattern of theirs that matches it. The team's lists stay.
 */
export function toggleSite(preferences: Preferences, host: string, enabled: boolean): Preferences {
  const deny = (preferences.sites?.deny ?? []).filter((pattern) => !hostMatches(host, pattern));
  if (!enabled) deny.push(host.toLowerCase());
  const { deny: _previous, ...rest } = preferences.sites ?? {};
  const sites: Sites = deny.length > 0 ? { ...rest, deny } : rest;
  const { sites: _sites, ...others } = preferences;
  return Object.keys(sites).length > 0 ? { ...others, sites } : others;
}
