import { importedPolicyItem, managedPolicyItem, preferencesItem, type StoredPolicy } from './policy-storage';
import { resolvePolicy, type EffectivePolicy, type PolicyLayers } from './resolve-policy';
import { validatePolicy, validatePreferences } from './validate-policy';

/** A stored policy that no longer validates (damaged, or from an unknown format) is ignored, never half-applied. */
function checked(stored: StoredPolicy | null): StoredPolicy | null {
  if (!stored) return null;
  const result = validatePolicy(stored.policy);
  return result.ok ? { ...stored, policy: result.value } : null;
}

export interface StoredLayers {
  imported: StoredPolicy | null;
  managed: StoredPolicy | null;
  layers: PolicyLayers;
}

export async function readPolicyLayers(): Promise<StoredLayers> {
  const [importedStored, managedStored, preferences] = await Promise.all([
    importedPolicyItem.getValue(),
    managedPolicyItem.getValue(),
    preferencesItem.getValue(),
  ]);
  const imported = checked(importedStored);
  const managed = checked(managedStored);
  const ownSettings = validatePreferences(preferences);
  return {
    imported,
    managed,
    layers: { imported: imported?.policy ?? null, managed: managed?.policy ?? null, preferences: ownSettings.ok ? ownSettings.value : {} },
  };
}

export async function readEffectivePolicy(): Promise<EffectivePolicy> {
  return resolvePolicy((await readPolicyLayers()).layers);
}

/** Calls `onChange` with the effective policy now and after every change of a layer, until `signal` aborts. */
export function watchEffectivePolicy(onChange: (policy: EffectivePolicy, stored: StoredLayers) => void, signal: AbortSignal): void {
  let latest = 0;
  const update = async (): Promise<void> => {
    // Changes can arrive together; only the newest read may report, so an older one never overwrites it.
    const call = ++latest;
    const stored = await readPolicyLayers();
    if (call === latest && !signal.aborted) onChange(resolvePolicy(stored.layers), stored);
  };
  const unwatch = [importedPolicyItem, managedPolicyItem, preferencesItem].map((item) => item.watch(() => void update()));
  signal.addEventListener('abort', () => unwatch.forEach((stop) => stop()));
  void update();
}
