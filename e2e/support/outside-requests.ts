/**
 * Whether a request stays on the machine: the local test server, or the extension itself (its own
 * chrome-extension:// files, and data: and blob: URLs, made in the browser, which fetch nothing). Anything else,
 * an address that does not parse included, leaves.
 */
export function staysLocal(url: string, allowedOrigins: readonly string[], extensionId: string): boolean {
  if (url.startsWith('data:')) return true;
  let address: URL;
  try {
    address = new URL(url.startsWith('blob:') ? url.slice('blob:'.length) : url);
  } catch {
    return false;
  }
  if (address.protocol === 'chrome-extension:') return address.host === extensionId;
  return allowedOrigins.includes(address.origin);
}
