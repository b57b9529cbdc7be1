export const deployBrowsers = ['chrome', 'edge', 'firefox'] as const;
export type DeployBrowser = (typeof deployBrowsers)[number];

export const deployOses = ['windows', 'macos', 'linux'] as const;
export type DeployOs = (typeof deployOses)[number];

/** What Chrome and Edge need to find a managed policy: their policy registry key, preference domain and Linux folder. */
export const chromiumBrowsers = {
  chrome: {
    name: 'Google Chrome',
    registryKey: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome',
    macDomain: 'com.google.Chrome',
    linuxDir: '/etc/opt/chrome/policies/managed',
  },
  edge: {
    name: 'Microsoft Edge',
    registryKey: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge',
    macDomain: 'com.microsoft.Edge',
    linuxDir: '/etc/opt/edge/policies/managed',
  },
} as const;

/** Chromium itself (Debian's, the browser tests') reads its managed policies here. */
export const chromiumLinuxDir = '/etc/chromium/policies/managed';

/** Where Firefox reads an enterprise policies.json (Debian's firefox-esr reads /etc/firefox, not /etc/firefox-esr). */
export const firefoxPoliciesPaths: Record<DeployOs, string> = {
  windows: 'C:\\Program Files\\Mozilla Firefox\\distribution\\policies.json',
  macos: '/Applications/Firefox.app/Contents/Resources/distribution/policies.json',
  linux: '/etc/firefox/policies/policies.json',
};
