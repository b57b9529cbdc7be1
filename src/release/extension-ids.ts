/**
 * The ids the browsers know Tactful by, which managed policies and force-install lists name (docs/deploy.md).
 *
 * Chrome and Edge derive an unpacked build's id from the manifest `key` (the first 32 hex digits of the SHA-256 of
 * the key's DER bytes, 0-f mapped to a-p); the Chrome Web Store and Edge Add-ons assign their own id to the package
 * uploaded without a key, which their dashboards show. Firefox takes the id from the manifest, store and
 * unpacked alike.
 */

/** The public half of the key unpacked and test builds carry; the private key is not needed and is not kept. */
export const chromiumManifestKey =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAtkMMrQkskPfc87epR41Qw0gFYDqhq1BbdHk4IDnGacZw9AwxImBsFqW6PCVO68XP7Qz+UBvgSxhUcGBgal8HxYkwVFezdQhCZf4kExd/7NFHsHgrNX/2nqq2YeBqiSPV8cPelI8F1qoxdpuLNBRIyJf0Jo8I45QmMFKDDCGbW11W+M6zpLkEFV8/63BII36LIVIgtwtye8dwyhS6n/EMQYf02dmjCOifpz8goubVJgImzyUwNRBPJzX/mTwctcLCD6mT9+iaZAA4xsJOI/cLbNDHFS+fxU2ez24/fXXPQ4im7ggF+hJQN1oZ16w4ucAWGVBTuLdDjEJDq4N8SWIPkQIDAQAB';

/** The id of unpacked and test builds in Chrome, Chromium and Edge, derived from `chromiumManifestKey`. */
export const unpackedChromiumId = 'neilnfoikkicgheccfcmniilhbkhaddm';

/** Tactful's own add-on id in Firefox (a GUID, so it claims no domain), the same for the store and unpacked builds. */
export const geckoId = '{2e6ada02-f3e2-4480-af83-5ca38bcb38d0}';
