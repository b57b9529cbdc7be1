import { effectivePolicyItem } from './policy-storage';
import type { EffectivePolicy } from './resolve-policy';

/**
 * Calls `onChange` with the effective policy the background resolved, now and after each change, until `signal`
 * aborts; nothing until the background has resolved one. Reads no layer and validates nothing itself.
 */
export function watchResolvedPolicy(onChange: (policy: EffectivePolicy) => void, signal: AbortSignal): void {
  let latest = 0;
  const update = async (): Promise<void> => {
    // Only the newest read may report, so an older one never overwrites it.
    const call = ++latest;
    const policy = await effectivePolicyItem.getValue();
    if (policy && call === latest && !signal.aborted) onChange(policy);
  };
  const unwatch = effectivePolicyItem.watch(() => void update());
  signal.addEventListener('abort', unwatch);
  void update();
}
