import type { EffectivePolicy } from './resolve-policy';

/** `*` matches every host, `example.com` it and its subdomains, `*.example.com` its subdomains only. */
export function hostMatches(host: string, pattern: string): boolean {
  const name = host.toLowerCase();
  if (pattern === '*') return true;
  if (pattern.startsWith('*.')) return name.endsWith(pattern.slice(1));
  return name === pattern || name.endsWith(`.${pattern}`);
}

export interface SiteStatus {
  enabled: boolean;
  /** Who turned coaching off here: the agent can turn their own choice back on, not the team's. */
  offBy: 'team' | 'agent' | null;
}

/** Whether the coach runs on a host: a deny list always wins; a non-empty allow list admits only its sites. */
export function siteStatus(host: string, policy: EffectivePolicy): SiteStatus {
  const { team, agent } = policy.sites;
  const matches = (patterns: readonly string[] | undefined) => (patterns ?? []).some((pattern) => hostMatches(host, pattern));
  if (matches(team.deny)) return { enabled: false, offBy: 'team' };
  if (matches(agent.deny)) return { enabled: false, offBy: 'agent' };
  const allow = [...(team.allow ?? []), ...(agent.allow ?? [])];
  if (allow.length > 0 && !matches(allow)) return { enabled: false, offBy: (team.allow?.length ?? 0) > 0 ? 'team' : 'agent' };
  return { enabled: true, offBy: null };
}
