import { LockIcon } from '../../ui/LockIcon/LockIcon';
import { exportPolicy, importPolicy, removeImportedPolicy, resetPreferences, type OptionsStore } from '../options-store';
import { IssueList } from '../IssueList/IssueList';
import { downloadText } from '../../ui/download-text';

export interface Props {
  store: OptionsStore;
}

const formatDate = (at: number) => new Date(at).toLocaleString();

/** Where the policy in force comes from; import, export and reset. */
export function TeamPolicy({ store }: Props) {
  const stored = store.stored.value;
  const refused = store.importRefused.value;
  const managedRejection = store.managedRejection.value;
  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (file) await importPolicy(store, file.name, await file.text());
    input.value = '';
  };
  return (
    <section class="section" id="team-policy" data-testid="section-team-policy">
      <h2>Team policy</h2>
      {stored?.managed && (
        <p class="managed" data-testid="managed-policy">
          <LockIcon /> 
          Your organisation manages a policy{stored.managed.policy.name ? ` (“${stored.managed.policy.name}”)` : ''}. It wins over everything else here, and
          the settings it sets are locked. Received {formatDate(stored.managed.at)}.
        </p>
      )}
      {managedRejection && (
        <div class="refused" data-testid="managed-refused">
          <p>
            An update of the managed policy was refused on {formatDate(managedRejection.at)}; the last good one stays in force. Tell your administrator:
          </p>
          <IssueList issues={managedRejection.issues} />
        </div>
      )}
      {stored?.imported ? (
        <p data-testid="imported-policy">
          Imported: <strong>{stored.imported.policy.name ?? stored.imported.source}</strong> from {stored.imported.source}, {formatDate(stored.imported.at)}.{' '}
          <button type="button" data-testid="remove-policy" onClick={() => void removeImportedPolicy()}>
            Remove
          </button>
        </p>
      ) : (
        <p class="muted">No team policy file imported: the built-in defaults and your own settings apply.</p>
      )}
      <div class="actions">
        <label class="button">
          Import policy file…
          <input type="file" accept=".json,application/json" class="visually-hidden" data-testid="import-policy" onChange={(event) => void onFile(event)} />
        </label>
        <button
          type="button"
          data-testid="export-policy"
          disabled={!store.effective.value}
          onClick={() => store.effective.value && downloadText('tactful-policy.json', exportPolicy(store.effective.value), 'application/json')}
        >
          Export policy file
        </button>
        <button type="button" data-testid="reset-preferences" onClick={() => void resetPreferences()}>
          Reset my settings to defaults
        </button>
      </div>
      {refused && (
        <div class="refused" data-testid="import-refused">
          <p>
            <strong>{refused.source}</strong> was not imported: {refused.issues.length} {refused.issues.length === 1 ? 'problem' : 'problems'}. The policy in force is
            unchanged. Each problem is also shown next to its setting below.
          </p>
          <IssueList issues={refused.issues} />
        </div>
      )}
    </section>
  );
}
