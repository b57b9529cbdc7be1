import type { TeamPolicy } from '../policy/policy-schema';
import { geckoId, unpackedChromiumId } from '../release/extension-ids';
import { chromiumBrowsers, chromiumLinuxDir, firefoxPoliciesPaths, type DeployBrowser, type DeployOs } from './deploy-targets';
import { chromiumConfigurationProfile, chromiumLinuxPolicy, chromiumRegistryFile, firefoxPoliciesFile } from './managed-policy-files';

export interface DeployRequest {
  browser: DeployBrowser;
  os: DeployOs;
  /** The extension id; by default the one of unpacked builds in Chrome and Edge, Tactful's add-on id in Firefox. */
  id?: string;
}

export interface DeployFile {
  fileName: string;
  content: string;
  /** Where the file goes and how it is applied, for the administrator. */
  placement: string[];
}

export function defaultExtensionId(browser: DeployBrowser): string {
  return browser === 'firefox' ? geckoId : unpackedChromiumId;
}

const reloadNote = (name: string, scheme: string): string =>
  `${name} notices the change while it runs; Reload policies on ${scheme}://policy applies it at once and shows it.`;

const json = (value: unknown): string => JSON.stringify(value, null, 2) + '\n';

/** The ready-to-use file that pushes a (validated) team policy to Tactful in one browser on one system. */
export function deployFile(request: DeployRequest, policy: TeamPolicy): DeployFile {
  const id = request.id ?? defaultExtensionId(request.browser);
  if (request.browser === 'firefox') {
    const path = firefoxPoliciesPaths[request.os];
    return {
      fileName: 'policies.json',
      content: json(firefoxPoliciesFile(id, policy)),
      placement: [
        `Save as ${path}${request.os === 'windows' ? ' (or set the same 3rdparty policy through Group Policy)' : ''}.`,
        'It holds every enterprise policy of this Firefox: merge "3rdparty" into an existing policies.json.',
        'Firefox reads it at start: restart Firefox; check about:policies.',
      ],
    };
  }
  const browser = chromiumBrowsers[request.browser];
  if (request.os === 'windows') {
    return {
      fileName: `tactful-${request.browser}-policy.reg`,
      content: chromiumRegistryFile(request.browser, id, policy),
      placement: [`Import as an administrator: reg import tactful-${request.browser}-policy.reg (or deploy the same value by Group Policy or Intune).`, reloadNote(browser.name, request.browser)],
    };
  }
  if (request.os === 'macos') {
    return {
      fileName: `tactful-${request.browser}-policy.mobileconfig`,
      content: chromiumConfigurationProfile(request.browser, id, policy),
      placement: [`Upload to your MDM (Jamf, Intune, Kandji) as a custom configuration profile, or open it and approve it in System Settings > Privacy & Security > Profiles.`, reloadNote(browser.name, request.browser)],
    };
  }
  return {
    fileName: 'tactful.json',
    content: json(chromiumLinuxPolicy(id, policy)),
    placement: [
      `Save as ${browser.linuxDir}/tactful.json${request.browser === 'chrome' ? ` (Chromium: ${chromiumLinuxDir}/tactful.json)` : ''}, readable by all, writable by root only.`,
      `${browser.name} rereads the folder about 5 seconds after the file is left alone; check ${request.browser}://policy.`,
    ],
  };
}
