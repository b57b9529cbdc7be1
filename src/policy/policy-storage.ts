import { storage } from 'wxt/utils/storage';
import type { PolicyIssue } from './policy-issue';
import type { TeamPolicy } from './policy-schema';
import { preferencesMigrations, preferencesVersion } from './migrate-preferences';
import type { Preferences } from './preferences-schema';
import type { EffectivePolicy } from './resolve-policy';

/**
 * Where the policy layers live. All in local storage: policies with many team rules outgrow sync storage's
 * 8 KB an item, and each agent's browser gets the team policy from the file or from managed storage anyway.
 *
 * Every item is versioned: a change of shape raises `version` and adds a step to `migrations`, which WXT runs
 * when a context first reads the item (see migrate-preferences.ts). The policies inside are also migrated and validated whenever they are read (see
 * read-policy-layers.ts), so a stored copy from an older format still loads and a damaged one is ignored.
 */

/** A policy with where it came from: shown in the options page. */
export interface StoredPolicy {
  policy: TeamPolicy;
  /** The imported file's name, or "managed". */
  source: string;
  /** When it was imported or received, in milliseconds since the epoch. */
  at: number;
}

/** Why the last policy offered was refused; the one before stays in force. */
export interface PolicyRejection {
  source: string;
  at: number;
  issues: PolicyIssue[];
}

export const importedPolicyItem = storage.defineItem<StoredPolicy | null>('local:importedPolicy', { fallback: null, version: 1 });

/** The last valid policy from managed storage: a malformed update leaves it in force. */
export const managedPolicyItem = storage.defineItem<StoredPolicy | null>('local:managedPolicy', { fallback: null, version: 1 });

export const managedRejectionItem = storage.defineItem<PolicyRejection | null>('local:managedPolicyRejection', { fallback: null, version: 1 });

/**
 * The effective policy, resolved from the layers above by the background each time one changes (every layer
 * validated there): what the coach in the pages follows, so it needs no schema of its own.
 */
export const effectivePolicyItem = storage.defineItem<EffectivePolicy | null>('local:effectivePolicy', { fallback: null, version: 1 });

export const preferencesItem = storage.defineItem<Preferences>('local:preferences', {
  fallback: {},
  version: preferencesVersion,
  migrations: preferencesMigrations,
});
