import { effectivePolicyItem } from './policy-storage';
import { watchEffectivePolicy } from './read-policy-layers';

/**
 * Keeps the stored effective policy in step with its layers, until `signal` aborts: run by the background, where
 * each layer is validated, so a malformed policy is refused there and the coach reads a resolved one.
 */
export function publishEffectivePolicy(signal: AbortSignal): void {
  watchEffectivePolicy((policy) => void effectivePolicyItem.setValue(policy), signal);
}
