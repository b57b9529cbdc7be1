import type { AnalysisPolicy } from '../analysis/analysis-policy';
import { settingKeys, settingsOf, toAnalysisPolicy, toSendPolicy, type PolicySettings, type SendPolicy, type SettingKey, type Sites, type TeamPolicy } from './policy-schema';
import { lockingSetting, type PreferenceKey, type Preferences } from './preferences-schema';

/** The stored sources of the effective policy, each already validated. */
export interface PolicyLayers {
  /** A policy file the agent or their lead imported in the options page. */
  imported: TeamPolicy | null;
  /** The policy the organisation pushes through managed storage: it wins, and locks what it sets. */
  managed: TeamPolicy | null;
  /** The agent's own settings; kept whole even where a lock keeps them from applying. */
  preferences: Preferences;
}

export interface EffectivePolicy {
  settings: PolicySettings;
  /** The engine's part; one object per resolution, so the engine keeps one sentence cache per policy. */
  analysis: AnalysisPolicy;
  /** How a public reply is held at Send, defaults filled in. */
  send: SendPolicy;
  /** Why each locked setting is locked, for the options page. */
  locks: Partial<Record<SettingKey, string>>;
  /** The sites lists apart, so the popup can tell whether the team or the agent turned a site off. */
  sites: { team: Sites; agent: Sites };
}

const managedReason = 'Set by your organisation’s managed policy.';

function lockedReasons(layers: PolicyLayers): Partial<Record<SettingKey, string>> {
  const locks: Partial<Record<SettingKey, string>> = {};
  const imported = layers.imported;
  for (const key of imported?.locked ?? []) locks[key] = `Locked by the team policy${imported?.name ? ` “${imported.name}”` : ''}.`;
  const managed = layers.managed;
  if (managed) {
    for (const key of settingKeys) if (managed[key] !== undefined || managed.locked?.includes(key)) locks[key] = managedReason;
  }
  return locks;
}

function union<T>(...lists: ReadonlyArray<readonly T[] | undefined>): T[] | undefined {
  const all = lists.flatMap((list) => list ?? []);
  return all.length > 0 ? [...new Set(all)] : undefined;
}

/** Lists of things with ids: the first layer to use an id keeps it, so the team's rule wins over the agent's. */
function unionById<T>(idOf: (item: T) => string, ...lists: ReadonlyArray<readonly T[] | undefined>): T[] | undefined {
  const byId = new Map<string, T>();
  for (const item of lists.flatMap((list) => list ?? [])) if (!byId.has(idOf(item))) byId.set(idOf(item), item);
  return byId.size > 0 ? [...byId.values()] : undefined;
}

function mergeSites(...layers: ReadonlyArray<Sites | undefined>): Sites {
  const sites: Sites = {};
  const allow = union(...layers.map((layer) => layer?.allow));
  const deny = union(...layers.map((layer) => layer?.deny));
  if (allow) sites.allow = allow;
  if (deny) sites.deny = deny;
  return sites;
}

/** The team's disabled rules with the agent's own choices over them: a rule turned back on leaves the list. */
function applyRuleChoices(teamDisabled: readonly string[] | undefined, choices: Readonly<Record<string, boolean>>): string[] | undefined {
  const disabled = new Set(teamDisabled);
  for (const [ruleId, on] of Object.entries(choices)) {
    if (on) disabled.delete(ruleId);
    else disabled.add(ruleId);
  }
  return disabled.size > 0 ? [...disabled] : undefined;
}

/** Drops the undefined keys, so the result compares and prints cleanly. */
function compact<T extends object>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}

/**
 * Built-in defaults, then the team policy (the imported file, then the managed policy over it), then the
 * agent's preferences wherever they are not locked. Lists add up (the team's disabled rules, accepted words,
 * sites), per-key settings take the later layer's value (categories, checklist, the agent's choice per rule),
 * and rules and required elements with one id keep the managed, then the imported, then the agent's version.
 */
export function resolvePolicy(layers: PolicyLayers): EffectivePolicy {
  const locks = lockedReasons(layers);
  const managed = layers.managed ? settingsOf(layers.managed) : {};
  const imported = layers.imported ? settingsOf(layers.imported) : {};
  const own = <Key extends PreferenceKey>(key: Key): Preferences[Key] => (locks[lockingSetting(key)] ? undefined : layers.preferences[key]);
  const agent = {
    categories: own('categories'),
    custom: own('custom'),
    vocabulary: own('vocabulary'),
    required: own('required'),
    checklist: own('checklist'),
    sites: own('sites'),
    beforeSend: own('beforeSend'),
    allowSendAnyway: own('allowSendAnyway'),
    holdNotes: own('holdNotes'),
  };

  const categories = { ...imported.categories, ...managed.categories, ...agent.categories };
  const checklist = { ...imported.checklist, ...managed.checklist, ...agent.checklist };
  const accept = union(managed.vocabulary?.accept, imported.vocabulary?.accept, agent.vocabulary?.accept);
  const teamSites = mergeSites(managed.sites, imported.sites);
  const settings: PolicySettings = compact({
    categories: Object.keys(categories).length > 0 ? categories : undefined,
    disabledRules: applyRuleChoices(union(managed.disabledRules, imported.disabledRules), own('rules') ?? {}),
    custom: unionById((rule) => rule.id, managed.custom, imported.custom, agent.custom),
    vocabulary: accept ? { accept } : undefined,
    required: unionById((element) => element.id ?? element.kind, managed.required, imported.required, agent.required),
    checklist: Object.keys(checklist).length > 0 ? checklist : undefined,
    sites: mergeSites(teamSites, agent.sites),
    beforeSend: agent.beforeSend ?? managed.beforeSend ?? imported.beforeSend,
    allowSendAnyway: agent.allowSendAnyway ?? managed.allowSendAnyway ?? imported.allowSendAnyway,
    holdNotes: agent.holdNotes ?? managed.holdNotes ?? imported.holdNotes,
  });
  return { settings, analysis: compact(toAnalysisPolicy(settings)), send: toSendPolicy(settings), locks, sites: { team: teamSites, agent: agent.sites ?? {} } };
}
