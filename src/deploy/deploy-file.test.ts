// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { TeamPolicy } from '../policy/policy-schema';
import { validatePolicy } from '../policy/validate-policy';
import { geckoId, unpackedChromiumId } from '../release/extension-ids';
import { deployFile } from './deploy-file';
import { deployBrowsers, deployOses } from './deploy-targets';

/** Non-ASCII text, quotes and backslashes: what a .reg or plist file must carry unchanged. */
const policy = validatePolicy({
  version: 1,
  name: 'Support “EU” — Köln',
  categories: { blame: 'error', shouting: 'off' },
  disabledRules: ['calm-down'],
  custom: [{ id: 'team-sla', phrases: ['per our SLA', 'as per "policy"'], category: 'defensive', severity: 'warning', message: 'Say when they hear back.', suggestions: ['we aim to reply within a day'] }],
  vocabulary: { accept: ['C:\\temp', 'RMA'] },
  required: [{ kind: 'ticket-reference', regex: '#\\d{5}' }],
  checklist: { escalation: false },
  locked: ['categories'],
});
if (!policy.ok) throw new Error('the test policy must be valid');
const teamPolicy: TeamPolicy = policy.value;

/** Reads a .reg file as regedit does: the header, one key, its "name"="value" lines. */
function readRegistryFile(text: string): { key: string; values: Record<string, string> } {
  expect(text).not.toMatch(/[^\r]\n/);
  expect(text).toMatch(/^[\x20-\x7e\r\n]*$/);
  const lines = text.split('\r\n');
  expect(lines.slice(0, 2)).toEqual(['Windows Registry Editor Version 5.00', '']);
  const key = /^\[(.+)\]$/.exec(lines[2]!)![1]!;
  const values: Record<string, string> = {};
  for (const line of lines.slice(3).filter(Boolean)) {
    const [, name, value] = /^"((?:[^"\\]|\\.)*)"="((?:[^"\\]|\\.)*)"$/.exec(line)!;
    const unescape = (escaped: string) => escaped.replace(/\\(.)/g, '$1');
    values[unescape(name!)] = unescape(value!);
  }
  return { key, values };
}

/** Reads property-list XML into JSON values, with the DOM's XML parser. */
function readPlist(text: string): unknown {
  const document = new DOMParser().parseFromString(text, 'application/xml');
  expect(document.documentElement.tagName).toBe('plist');
  const read = (element: Element): unknown => {
    const children = [...element.children];
    switch (element.tagName) {
      case 'dict':
        return Object.fromEntries(children.flatMap((child, index) => (index % 2 === 0 ? [[child.textContent, read(children[index + 1]!)]] : [])));
      case 'array':
        return children.map(read);
      case 'string':
        return element.textContent;
      case 'integer':
      case 'real':
        return Number(element.textContent);
      case 'true':
        return true;
      case 'false':
        return false;
      default:
        throw new Error(`unexpected <${element.tagName}>`);
    }
  };
  return read(document.documentElement.firstElementChild!);
}

describe('deployFile', () => {
  it('writes a .reg file for Chrome and Edge on Windows: the policy as JSON in the extension key', () => {
    for (const [browser, vendor] of [['chrome', 'Google\\Chrome'], ['edge', 'Microsoft\\Edge']] as const) {
      const file = deployFile({ browser, os: 'windows' }, teamPolicy);
      expect(file.fileName).toBe(`tactful-${browser}-policy.reg`);
      const { key, values } = readRegistryFile(file.content);
      expect(key).toBe(`HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${vendor}\\3rdparty\\extensions\\${unpackedChromiumId}\\policy`);
      expect(Object.keys(values)).toEqual(['policy']);
      expect(JSON.parse(values.policy!)).toEqual(teamPolicy);
    }
  });

  it('writes a configuration profile for Chrome and Edge on macOS that forces the extension domain', () => {
    for (const [browser, bundle] of [['chrome', 'com.google.Chrome'], ['edge', 'com.microsoft.Edge']] as const) {
      const file = deployFile({ browser, os: 'macos', id: 'abcdefghijklmnopabcdefghijklmnop' }, teamPolicy);
      expect(file.fileName).toBe(`tactful-${browser}-policy.mobileconfig`);
      const profile = readPlist(file.content) as Record<string, unknown> & { PayloadContent: Array<Record<string, unknown>> };
      expect(profile).toMatchObject({ PayloadType: 'Configuration', PayloadVersion: 1, PayloadScope: 'System', PayloadIdentifier: `tactful.policy.${browser}` });
      const [payload] = profile.PayloadContent;
      expect(payload).toMatchObject({ PayloadType: 'com.apple.ManagedClient.preferences', PayloadVersion: 1 });
      for (const uuid of [profile.PayloadUUID, payload!.PayloadUUID]) expect(uuid).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/);
      expect(payload!.PayloadContent).toEqual({ [`${bundle}.extensions.abcdefghijklmnopabcdefghijklmnop`]: { Forced: [{ mcx_preference_settings: { policy: teamPolicy } }] } });
    }
    // The same policy gives the same profile, so pushing it again replaces it rather than adding one.
    expect(deployFile({ browser: 'chrome', os: 'macos' }, teamPolicy).content).toBe(deployFile({ browser: 'chrome', os: 'macos' }, teamPolicy).content);
  });

  it('writes a managed-policy JSON file for Chrome, Chromium and Edge on Linux', () => {
    for (const browser of ['chrome', 'edge'] as const) {
      const file = deployFile({ browser, os: 'linux' }, teamPolicy);
      expect(file.fileName).toBe('tactful.json');
      expect(JSON.parse(file.content)).toEqual({ '3rdparty': { extensions: { [unpackedChromiumId]: { policy: teamPolicy } } } });
    }
    expect(deployFile({ browser: 'edge', os: 'linux' }, teamPolicy).placement[0]).toContain('/etc/opt/edge/policies/managed/tactful.json');
    expect(deployFile({ browser: 'chrome', os: 'linux' }, teamPolicy).placement[0]).toContain('/etc/chromium/policies/managed/tactful.json');
  });

  it("writes Firefox's policies.json on every system, for Tactful's add-on id, with where it goes", () => {
    const places = { windows: 'distribution\\policies.json', macos: 'Contents/Resources/distribution/policies.json', linux: '/etc/firefox/policies/policies.json' };
    for (const os of deployOses) {
      const file = deployFile({ browser: 'firefox', os }, teamPolicy);
      expect(file.fileName).toBe('policies.json');
      expect(JSON.parse(file.content)).toEqual({ policies: { '3rdparty': { Extensions: { [geckoId]: { policy: teamPolicy } } } } });
      expect(file.placement[0]).toContain(places[os]);
    }
  });

  it('says for every browser and system where the file goes and how to check it arrived', () => {
    for (const browser of deployBrowsers) {
      for (const os of deployOses) expect(deployFile({ browser, os }, teamPolicy).placement.join(' ')).toMatch(/:\/\/policy|about:policies/);
    }
  });
});
