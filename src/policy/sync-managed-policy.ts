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

/** Follows the managed policy live: an administrator's change applies without a restart. */
export function followManagedPolicy(): void {
  void syncManagedPolicy();
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed' && managedPolicyKey in changes) void syncManagedPolicy(changes[managedPolicyKey]?.newValue);
  });
}
