import { describe, expect, it } from 'vitest';
import { toggleSite } from './toggle-site';

describe('toggleSite', () => {
  it('adds the host to the agent’s deny list, and takes every matching pattern away again', () => {
    const off = toggleSite({ categories: { blame: 'off' } }, 'Acme.Zendesk.com', false);
    expect(off).toEqual({ categories: { blame: 'off' }, sites: { deny: ['acme.zendesk.com'] } });
    expect(toggleSite({ sites: { deny: ['zendesk.com', 'example.com'], allow: ['*'] } }, 'acme.zendesk.com', true)).toEqual({ sites: { deny: ['example.com'], allow: ['*'] } });
    expect(toggleSite(off, 'acme.zendesk.com', true)).toEqual({ categories: { blame: 'off' } });
  });
});
