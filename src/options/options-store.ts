import { computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { PolicyIssue } from '../policy/policy-issue';
import { policyVersion } from '../policy/policy-schema';
import type { PreferenceKey, Preferences } from '../policy/preferences-schema';
import { importedPolicyItem, managedRejectionItem, preferencesItem, type PolicyRejection } from '../policy/policy-storage';
import { watchEffectivePolicy, type StoredLayers } from '../policy/read-policy-layers';
import type { EffectivePolicy } from '../policy/resolve-policy';
import { validatePolicyText, validatePreferences } from '../policy/validate-policy';

/** The options page's state: the stored layers, the effective policy, and what the last import or edit refused. */
export interface OptionsStore {
  stored: Signal<StoredLayers | null>;
  effective: Signal<EffectivePolicy | null>;
  managedRejection: Signal<PolicyRejection | null>;
  /** The last import's refusal: the file name and every reason. */
  importRefused: Signal<{ source: string; issues: PolicyIssue[] } | null>;
  /** The agent's own settings as stored; the page edits these. */
  preferences: ReadonlySignal<Preferences>;
}

export function createOptionsStore(signalToStop: AbortSignal): OptionsStore {
  const store: Omit<OptionsStore, 'preferences'> = {
    stored: signal(null),
    effective: signal(null),
    managedRejection: signal(null),
    importRefused: signal(null),
  };
  watchEffectivePolicy((effective, stored) => {
    store.effective.value = effective;
    store.stored.value = stored;
  }, signalToStop);
  void managedRejectionItem.getValue().then((rejection) => (store.managedRejection.value = rejection));
  const stop = managedRejectionItem.watch((rejection) => (store.managedRejection.value = rejection));
  signalToStop.addEventListener('abort', stop);
  return { ...store, preferences: computed(() => store.stored.value?.layers.preferences ?? {}) };
}

/** Changes one of the agent's settings; a value the schema refuses is not stored, and its reasons come back. */
export async function setPreference<Key extends PreferenceKey>(key: Key, value: Preferences[Key] | undefined): Promise<PolicyIssue[]> {
  const current = await preferencesItem.getValue();
  const next: Preferences = { ...current, [key]: value };
  if (value === undefined) delete next[key];
  const result = validatePreferences(next);
  if (!result.ok) return result.issues;
  await preferencesItem.setValue(result.value);
  return [];
}

/** Imports a team policy file: stored only when valid, so the previous policy stays in force otherwise. */
export async function importPolicy(store: OptionsStore, source: string, text: string): Promise<boolean> {
  const result = validatePolicyText(text);
  if (!result.ok) {
    store.importRefused.value = { source, issues: result.issues };
    return false;
  }
  store.importRefused.value = null;
  await importedPolicyItem.setValue({ policy: result.value, source, at: Date.now() });
  return true;
}

export async function removeImportedPolicy(): Promise<void> {
  await importedPolicyItem.setValue(null);
}

/** Back to the built-in defaults for everything the agent set; the team's policies stay. */
export async function resetPreferences(): Promise<void> {
  await preferencesItem.setValue({});
}

/** The effective settings as a policy file, to hand to colleagues or to an administrator. */
export function exportPolicy(effective: EffectivePolicy, name?: string): string {
  return JSON.stringify({ version: policyVersion, ...(name ? { name } : {}), ...effective.settings }, null, 2) + '\n';
}
