import { useState } from 'preact/hooks';
import type { CustomRule } from '../../analysis/analysis-policy';
import type { Category, Severity } from '../../analysis/types';
import { categoryIds } from '../../analysis/rules/rule-pack-schema';
import { severities } from '../../analysis/rules/severities';
import { categoryLabels, severityLabels } from '../../overlay/labels';
import { toPolicyIssues, type PolicyIssue } from '../../policy/policy-issue';
import { customRuleSchema } from '../../policy/policy-schema';
import { IssueList } from '../IssueList/IssueList';
import { Section } from '../Section/Section';
import { issuesFor } from '../issues-for';
import { setPreference, type OptionsStore } from '../options-store';

export interface Props {
  store: OptionsStore;
}

interface Draft {
  id: string;
  phrases: string;
  category: Category;
  severity: Severity;
  message: string;
  suggestions: string;
}

const emptyDraft: Draft = { id: 'team-', phrases: '', category: 'defensive', severity: 'warning', message: '', suggestions: '' };
const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter((line) => line !== '');

function toRule(draft: Draft): unknown {
  return { id: draft.id.trim(), phrases: lines(draft.phrases), category: draft.category, severity: draft.severity, message: draft.message, suggestions: lines(draft.suggestions) };
}

function toDraft(rule: CustomRule): Draft {
  return { id: rule.id, phrases: rule.phrases.join('\n'), category: rule.category, severity: rule.severity, message: rule.message, suggestions: rule.suggestions.join('\n') };
}

/** The problems with one field of the form, shown under it. */
function FieldIssues({ issues, field }: { issues: readonly PolicyIssue[]; field: string }) {
  const mine = issues.filter((issue) => issue.path === field || issue.path.startsWith(`${field}[`));
  if (mine.length === 0) return null;
  return (
    <span class="field-issue" role="alert" data-testid="field-issue" data-field={field}>
      {mine.map((issue) => issue.message).join('; ')}
    </span>
  );
}

/** The team's own rules: flagged like built-in ones, with their fixes. Rules from the team policy are read-only here. */
export function CustomRules({ store }: Props) {
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [issues, setIssues] = useState<PolicyIssue[]>([]);
  const own = store.preferences.value.custom ?? [];
  const ownIds = new Set(own.map((rule) => rule.id));
  const team = (store.effective.value?.settings.custom ?? []).filter((rule) => !ownIds.has(rule.id));
  const change = (key: keyof Draft) => (event: Event) => setDraft({ ...draft, [key]: (event.currentTarget as HTMLInputElement).value });

  const save = async (event: Event) => {
    event.preventDefault();
    const result = customRuleSchema.safeParse(toRule(draft), { reportInput: true });
    if (!result.success) {
      setIssues(toPolicyIssues(result.error.issues));
      return;
    }
    const refused = await setPreference('custom', [...own.filter((rule) => rule.id !== result.data.id), result.data]);
    setIssues(refused);
    if (refused.length === 0) setDraft(emptyDraft);
  };
  const remove = async (id: string) => {
    const rest = own.filter((rule) => rule.id !== id);
    setIssues(await setPreference('custom', rest.length > 0 ? rest : undefined));
  };

  return (
    <Section
      id="custom"
      title="Team rules"
      description="Your own wording to flag, with a message and one-click replacements; they are underlined and fixed exactly like built-in rules."
      lock={store.effective.value?.locks.custom}
      issues={issuesFor(store, 'custom')}
    >
      <ul class="custom-rules" data-testid="custom-rules">
        {[...team.map((rule) => ({ rule, mine: false })), ...own.map((rule) => ({ rule, mine: true }))].map(({ rule, mine }) => (
          <li key={rule.id} data-testid="custom-rule" data-rule-id={rule.id}>
            <code>{rule.id}</code> <span class={`severity severity-${rule.severity}`}>{rule.severity}</span> {categoryLabels[rule.category]}: “{rule.phrases.join('”, “')}” —{' '}
            {rule.message}
            {mine ? (
              <span class="row-actions">
                <button type="button" onClick={() => setDraft(toDraft(rule))}>
                  Edit
                </button>
                <button type="button" onClick={() => void remove(rule.id)}>
                  Remove
                </button>
              </span>
            ) : (
              <span class="tag">team policy</span>
            )}
          </li>
        ))}
      </ul>
      <form class="rule-form" onSubmit={(event) => void save(event)} data-testid="custom-rule-form">
        <label class="field">
          <span>Id</span>
          <input value={draft.id} onInput={change('id')} data-testid="custom-id" />
          <FieldIssues issues={issues} field="id" />
        </label>
        <label class="field">
          <span>Phrases to flag, one a line</span>
          <textarea rows={3} value={draft.phrases} onInput={change('phrases')} data-testid="custom-phrases" />
          <FieldIssues issues={issues} field="phrases" />
        </label>
        <label class="field">
          <span>Category</span>
          <select value={draft.category} onChange={change('category')} data-testid="custom-category">
            {categoryIds.map((category) => (
              <option key={category} value={category}>
                {categoryLabels[category]}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>Severity</span>
          <select value={draft.severity} onChange={change('severity')} data-testid="custom-severity">
            {[...severities].reverse().map((severity) => (
              <option key={severity} value={severity}>
                {severityLabels[severity]}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>Why it hurts the reply</span>
          <input value={draft.message} onInput={change('message')} data-testid="custom-message" />
          <FieldIssues issues={issues} field="message" />
        </label>
        <label class="field">
          <span>Replacements, one a line</span>
          <textarea rows={2} value={draft.suggestions} onInput={change('suggestions')} data-testid="custom-suggestions" />
          <FieldIssues issues={issues} field="suggestions" />
        </label>
        <IssueList issues={issues.filter((issue) => issue.path.startsWith('custom'))} />
        <button type="submit" data-testid="custom-save">
          Save rule
        </button>
      </form>
    </Section>
  );
}
