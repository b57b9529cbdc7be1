import { browser } from 'wxt/browser';
import { managedPolicyItem, managedRejectionItem } from './policy-storage';
import { validatePolicy } from './validate-policy';
import { managedPolicyKey } from './managed-policy-key';

async function readManaged(): Promise<unknown> {
  try {
    return (await browser.storage.managed.get(managedPolicyKey))[managedPolicyKey];
  } catch {
    // No managed storage here (no policy set up, or a browser without it): no managed policy.
    return undefined;
  }
}

/**
 * Copies the managed policy into local storage once it validates, where every part of the extension watches
 * it. A malformed one is refused with every reason and the last good one stays in force; a removed one stops.
 */
export async function syncManagedPolicy(raw?: unknown): Promise<void> {
  const value = raw === undefined ? await readManaged() : raw;
  if (value === undefined || value === null) {
    await managedPolicyItem.setValue(null);
    await managedRejectionItem.setValue(null);
    return;
  }
  const result = validatePolicy(value);
  if (result.ok) {
    await managedPolicyItem.setValue({ policy: result.value, source: 'managed', at: Date.now() });
    await managedRejectionItem.setValue(null);
  } else {
    await managedRejectionItem.setValue({ source: 'managed', at: Date.now(), issues: result.issues });
  }
}

/**
 * Follows the managed policy live: an administrator's change applies without a restart. Each change reads managed
 * storage afresh, one reading after the other, so a slow first reading at start-up never overwrites a newer one.
 */
export function followManagedPolicy(): void {
  let readings = Promise.resolve();
  const sync = (): void => {
    // A failed reading is reported and must not stop the ones after it.
    readings = readings.then(() => syncManagedPolicy()).catch((error: unknown) => console.error('Tactful could not read the managed policy', error));
  };
  sync();
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed' && managedPolicyKey in changes) sync();
  });
}
