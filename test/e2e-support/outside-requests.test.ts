import { describe, expect, it } from 'vitest';
import { staysLocal } from '../../e2e/support/outside-requests';

const server = 'http://127.0.0.1:43121';
const id = 'neilnfoikkicgheccfcmniilhbkhaddm';
const local = (url: string) => staysLocal(url, [server], id);

describe('which requests stay on the machine', () => {
  it('the test server, the extension and what the browser makes itself', () => {
    expect(local(`${server}/textarea/index.html`)).toBe(true);
    expect(local(`chrome-extension://${id}/options.html`)).toBe(true);
    expect(local('data:image/png;base64,AAAA')).toBe(true);
    expect(local(`blob:chrome-extension://${id}/0b7c`)).toBe(true);
    expect(local(`blob:${server}/0b7c`)).toBe(true);
  });

  it('anything else leaves: another host or port, another extension, https of the same host, a blob of nowhere', () => {
    expect(local('https://example.com/')).toBe(false);
    expect(local('http://127.0.0.1:9/')).toBe(false);
    expect(local('https://127.0.0.1:43121/')).toBe(false);
    expect(local('http://localhost:43121/')).toBe(false);
    expect(local('chrome-extension://aaaabbbbccccddddeeeeffffgggghhhh/x.js')).toBe(false);
    expect(local('blob:null/0b7c')).toBe(false);
    expect(local('ws://127.0.0.1:43121/')).toBe(false);
  });
});
