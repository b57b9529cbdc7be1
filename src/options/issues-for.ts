import type { PolicyIssue } from '../policy/policy-issue';
import type { SettingKey } from '../policy/policy-schema';
import type { OptionsStore } from './options-store';

/** The last refused import's reasons that concern one setting, shown next to it. */
export function issuesFor(store: OptionsStore, key: SettingKey): PolicyIssue[] {
  return (store.importRefused.value?.issues ?? []).filter((issue) => issue.path === key || issue.path.startsWith(`${key}.`) || issue.path.startsWith(`${key}[`));
}
