import { createHash } from 'node:crypto';
import { managedPolicyKey } from '../policy/managed-policy-key';
import type { TeamPolicy } from '../policy/policy-schema';
import { chromiumBrowsers } from './deploy-targets';
import { plistDocument } from './plist';
import { asciiJson, registryFile } from './windows-registry';

type ChromiumBrowser = keyof typeof chromiumBrowsers;

/**
 * The managed storage Tactful reads: one property, `policy`, holding the team policy. Each function below writes
 * it in one browser's and system's own format, for an extension id.
 */
const managedStorage = (policy: TeamPolicy) => ({ [managedPolicyKey]: policy });

/** Chrome, Chromium and Edge on Linux: a JSON file in the browser's `policies/managed` folder. */
export function chromiumLinuxPolicy(id: string, policy: unknown): object {
  return { '3rdparty': { extensions: { [id]: { [managedPolicyKey]: policy } } } };
}

/**
 * Chrome and Edge on Windows: the policy key's `3rdparty\extensions\<id>\policy` subkey holds one string value per
 * managed property; Chrome reads a JSON string where the managed schema has an object.
 */
export function chromiumRegistryFile(browser: ChromiumBrowser, id: string, policy: TeamPolicy): string {
  return registryFile(`${chromiumBrowsers[browser].registryKey}\\3rdparty\\extensions\\${id}\\policy`, { [managedPolicyKey]: asciiJson(policy) });
}

/** A stable UUID from the profile's content: the same policy gives the same profile, so reinstalling replaces it. */
function contentUuid(...parts: string[]): string {
  const hex = createHash('sha256').update(parts.join('\0')).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`.toUpperCase();
}

/**
 * Chrome and Edge on macOS: a configuration profile (.mobileconfig) that forces the managed preferences of the
 * extension's domain, `<browser bundle id>.extensions.<id>`, for MDM (Jamf, Intune, Kandji) or a double-click.
 */
export function chromiumConfigurationProfile(browser: ChromiumBrowser, id: string, policy: TeamPolicy): string {
  const { name, macDomain } = chromiumBrowsers[browser];
  const identifier = `tactful.policy.${browser}`;
  const domain = `${macDomain}.extensions.${id}`;
  return plistDocument({
    PayloadContent: [
      {
        PayloadType: 'com.apple.ManagedClient.preferences',
        PayloadVersion: 1,
        PayloadIdentifier: `${identifier}.preferences`,
        PayloadUUID: contentUuid(identifier, 'preferences', id),
        PayloadDisplayName: `Tactful team policy for ${name}`,
        PayloadContent: { [domain]: { Forced: [{ mcx_preference_settings: managedStorage(policy) }] } },
      },
    ],
    PayloadDisplayName: `Tactful team policy (${name})`,
    PayloadDescription: `The team policy Tactful (${id}) reads from managed storage in ${name}.`,
    PayloadIdentifier: identifier,
    PayloadScope: 'System',
    PayloadType: 'Configuration',
    PayloadUUID: contentUuid(identifier, id),
    PayloadVersion: 1,
  });
}

/** Firefox on any system: an enterprise policies.json whose `3rdparty` policy fills the add-on's managed storage. */
export function firefoxPoliciesFile(id: string, policy: unknown): object {
  return { policies: { '3rdparty': { Extensions: { [id]: { [managedPolicyKey]: policy } } } } };
}
