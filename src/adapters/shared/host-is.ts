/** Whether the page's host is one of `domains` or a subdomain of one. */
export function hostIs(location: Location | URL, domains: readonly string[]): boolean {
  const host = location.hostname.toLowerCase();
  return domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}
