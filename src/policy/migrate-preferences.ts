/**
 * Steps that bring the agent's stored preferences to the current format, keyed by the version each step
 * produces (WXT runs them in order when a context first reads the item). A step never drops what the agent
 * set: a value it does not recognise passes through, and the schema then reports it instead.
 */

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Version 1 kept the rules the agent turned off as a `disabledRules` list; version 2 keeps one choice per rule. */
export function preferencesToVersion2(value: unknown): unknown {
  if (!isRecord(value) || !Array.isArray(value.disabledRules)) return value;
  const { disabledRules, ...rest } = value;
  const ids = disabledRules.filter((id): id is string => typeof id === 'string');
  if (ids.length !== disabledRules.length) return value;
  const rules = Object.fromEntries(ids.map((id) => [id, false]));
  return ids.length > 0 ? { ...rest, rules } : rest;
}

export const preferencesVersion = 2;

export const preferencesMigrations: Record<number, (value: unknown) => unknown> = {
  2: preferencesToVersion2,
};
