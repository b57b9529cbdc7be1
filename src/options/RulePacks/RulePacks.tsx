import { useState } from 'preact/hooks';
import { builtInRulePacks } from '../../analysis/rule-packs';
import { severities } from '../../analysis/rules/severities';
import type { Category } from '../../analysis/types';
import type { PolicyIssue } from '../../policy/policy-issue';
import type { Level } from '../../policy/policy-schema';
import { LockNote } from '../LockNote/LockNote';
import { Section } from '../Section/Section';
import { issuesFor } from '../issues-for';
import { setPreference, type OptionsStore } from '../options-store';

export interface Props {
  store: OptionsStore;
}

const levels: ReadonlyArray<{ value: Level | 'default'; label: string }> = [
  { value: 'default', label: 'Each rule’s own severity' },
  ...[...severities].reverse().map((severity) => ({ value: severity, label: `All ${severity}s` })),
  { value: 'off', label: 'Off' },
];

/** A rule's first example it flags, as text. */
function example(rule: (typeof builtInRulePacks)[number]['rules'][number]): string {
  const first = rule.examples.match[0]!;
  return typeof first === 'string' ? first : first.text;
}

/** Says so where the team turned a rule off, and whether the agent turned it back on. */
function TeamRuleNote({ teamDisabled, on }: { teamDisabled: boolean; on: boolean }) {
  if (!teamDisabled) return null;
  return (
    <span class="team-note" data-testid="team-rule-note">
      {on ? 'Turned off by the team policy; you turned it back on.' : 'Turned off by the team policy.'}
    </span>
  );
}

/** The built-in rule packs, one per category: on or off, the severity, and each rule with an example. */
export function RulePacks({ store }: Props) {
  const [issues, setIssues] = useState<PolicyIssue[]>([]);
  const effective = store.effective.value;
  const preferences = store.preferences.value;
  const rulesLock = effective?.locks.disabledRules;
  const teamDisabled = new Set([...(store.stored.value?.layers.imported?.disabledRules ?? []), ...(store.stored.value?.layers.managed?.disabledRules ?? [])]);
  const disabled = new Set(effective?.settings.disabledRules ?? []);

  const setLevel = async (category: Category, level: Level | 'default') => {
    const categories = { ...preferences.categories };
    if (level === 'default') delete categories[category];
    else categories[category] = level;
    setIssues(await setPreference('categories', Object.keys(categories).length > 0 ? categories : undefined));
  };
  const setRule = async (ruleId: string, on: boolean) => {
    const rules = { ...preferences.rules };
    // A choice that matches the team's is no choice of the agent's: dropping it lets a later team change through.
    if (on === !teamDisabled.has(ruleId)) delete rules[ruleId];
    else rules[ruleId] = on;
    setIssues(await setPreference('rules', Object.keys(rules).length > 0 ? rules : undefined));
  };

  return (
    <Section
      id="categories"
      title="Rule packs"
      description="Each category of risky wording, with why it matters. Turn a pack off, or give all its findings one severity."
      lock={effective?.locks.categories}
      issues={[...issuesFor(store, 'categories'), ...issuesFor(store, 'disabledRules'), ...issues]}
    >
      {builtInRulePacks.map((pack) => {
        const level = effective?.settings.categories?.[pack.category] ?? 'default';
        return (
          <article class="pack" key={pack.category} data-testid="rule-pack" data-category={pack.category} data-level={level}>
            <header>
              <h3>{pack.title}</h3>
              <select
                aria-label={`${pack.title}: severity`}
                value={level}
                data-testid="pack-level"
                onChange={(event) => void setLevel(pack.category, event.currentTarget.value as Level | 'default')}
              >
                {levels.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            </header>
            <p class="description">{pack.description}</p>
            <details>
              <summary>
                {pack.rules.length} rules, e.g. “{example(pack.rules[0]!)}”
              </summary>
              <LockNote reason={rulesLock} />
              <ul class="rules">
                {pack.rules.map((rule) => (
                  <li key={rule.id}>
                    <label>
                      <input
                        type="checkbox"
                        checked={!disabled.has(rule.id)}
                        disabled={Boolean(rulesLock)}
                        data-testid="rule-toggle"
                        data-rule-id={rule.id}
                        onChange={(event) => void setRule(rule.id, event.currentTarget.checked)}
                      />
                      <code>{rule.id}</code> <span class={`severity severity-${rule.severity}`}>{rule.severity}</span> {rule.message}
                      <span class="example">Flags: “{example(rule)}”</span>
                      <TeamRuleNote teamDisabled={teamDisabled.has(rule.id)} on={!disabled.has(rule.id)} />
                    </label>
                  </li>
                ))}
              </ul>
            </details>
          </article>
        );
      })}
    </Section>
  );
}
