import { z } from 'zod';
import { settingsShape, uniqueIdsCheck, type SettingKey } from './policy-schema';

const { disabledRules: _teamList, ...sharedShape } = settingsShape;

/**
 * The agent's own settings: what a policy sets, except that rules are chosen one by one. `rules` maps a rule id
 * to on or off, so an agent can also turn back on a rule the team turned off, unless the team locks
 * `disabledRules`. A team's `disabledRules` list can only turn rules off, which is all a team needs.
 */
export const preferencesSchema = z
  .strictObject({
    ...sharedShape,
    rules: z.record(z.string().trim().min(1, 'must not be empty'), z.boolean()).optional(),
  })
  .check(uniqueIdsCheck());
export type Preferences = z.infer<typeof preferencesSchema>;
export type PreferenceKey = keyof Preferences;

/** The team setting whose lock holds a preference back: the per-rule choices answer to `disabledRules`. */
export function lockingSetting(key: PreferenceKey): SettingKey {
  return key === 'rules' ? 'disabledRules' : key;
}
