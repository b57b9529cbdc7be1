import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { browserManifest } from './browser-manifest';
import { chromiumManifestKey, geckoId, unpackedChromiumId } from './extension-ids';

/** Chromium's extension id for a manifest key: the SHA-256 of the DER bytes, first 32 hex digits mapped 0-f to a-p. */
function chromiumIdOf(key: string): string {
  const hex = createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

describe('browserManifest', () => {
  it('gives unpacked Chromium builds the key whose id the docs name, and store packages no key', () => {
    expect(chromiumIdOf(chromiumManifestKey)).toBe(unpackedChromiumId);
    expect(browserManifest({ browser: 'chrome', store: false })).toEqual({ key: chromiumManifestKey });
    expect(browserManifest({ browser: 'edge', store: false })).toEqual({ key: chromiumManifestKey });
    expect(browserManifest({ browser: 'chrome', store: true })).toEqual({});
  });

  it('gives Firefox its add-on id, a minimum version and a declaration that nothing is collected, never a key', () => {
    for (const store of [false, true]) {
      const manifest = browserManifest({ browser: 'firefox', store });
      expect(manifest).not.toHaveProperty('key');
      expect(manifest.browser_specific_settings).toEqual({
        gecko: { id: geckoId, strict_min_version: expect.stringMatching(/^\d+\.0$/), data_collection_permissions: { required: ['none'] } },
      });
    }
    // Firefox's id rules: a GUID in braces, or an email-like name.
    expect(geckoId).toMatch(/^\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}$/);
  });
});
