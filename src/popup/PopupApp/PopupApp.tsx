import { LockIcon } from '../../ui/LockIcon/LockIcon';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { startFailureReport } from '../../coach/start-failure';
import { startFailuresItem } from '../../coach/start-failures-storage';
import { moodLabels } from '../../overlay/labels';
import { preferencesItem } from '../../policy/policy-storage';
import { watchEffectivePolicy } from '../../policy/read-policy-layers';
import type { EffectivePolicy } from '../../policy/resolve-policy';
import { siteStatus } from '../../policy/site-status';
import { toggleSite } from '../../policy/toggle-site';
import { validatePreferences } from '../../policy/validate-policy';
import { dailyTotals, dayKey } from '../../stats/stats';
import { StatsChart } from '../../ui/StatsChart/StatsChart';
import { downloadText } from '../../ui/download-text';
import { useStats } from '../../ui/use-stats';
import type { TabStatus } from '../read-tab-status';

export interface Props {
  tab: TabStatus;
}

async function setSiteEnabled(host: string, enabled: boolean): Promise<void> {
  const result = validatePreferences(toggleSite(await preferencesItem.getValue(), host, enabled));
  if (result.ok) await preferencesItem.setValue(result.value);
}

async function saveErrorReport(): Promise<void> {
  downloadText('tactful-error-report.txt', startFailureReport(await startFailuresItem.getValue()), 'text/plain');
}

/** The popup: what Tactful does on this tab, a switch for the site, the draft's counts and mood, and the week's numbers. */
export function PopupApp({ tab }: Props) {
  const [policy, setPolicy] = useState<EffectivePolicy | null>(null);
  const stats = useStats();
  useEffect(() => {
    const controller = new AbortController();
    watchEffectivePolicy(setPolicy, controller.signal);
    return () => controller.abort();
  }, []);

  const site = tab.host && policy ? siteStatus(tab.host, policy) : null;
  const boxes = tab.coach?.replyBoxes ?? [];
  const findings = boxes.reduce((sum, box) => sum + box.count, 0);
  const mood = boxes.at(-1)?.mood;
  const lockedByTeam = site?.offBy === 'team' || Boolean(policy?.locks.sites);

  return (
    <main class="popup" data-testid="popup" data-ready={policy ? 'true' : 'false'}>
      <header class="popup-head">
        <strong>Tactful</strong>
        <button type="button" class="link" data-testid="open-options" onClick={() => void browser.runtime.openOptionsPage()}>
          Settings
        </button>
      </header>
      {tab.host === null ? (
        <p class="muted" data-testid="popup-site" data-state="unavailable">
          Tactful does not run on this page.
        </p>
      ) : (
        <section class="popup-site" data-testid="popup-site" data-state={site?.enabled ? 'on' : 'off'}>
          <label class="switch">
            <input
              type="checkbox"
              checked={site?.enabled ?? false}
              disabled={!site || lockedByTeam}
              data-testid="site-toggle"
              onChange={(event) => void setSiteEnabled(tab.host!, event.currentTarget.checked)}
            />
            Coaching on <strong>{tab.host}</strong>
          </label>
          {site?.offBy === 'team' && <p class="lock"><LockIcon /> Your team policy turns Tactful off here.</p>}
          {site?.enabled !== false && policy?.locks.sites && site?.offBy !== 'team' && <p class="lock"><LockIcon /> {policy.locks.sites}</p>}
        </section>
      )}
      {site?.enabled && (
        <section class="popup-status" data-testid="popup-status" data-coached={tab.coach ? 'true' : 'false'}>
          {tab.adapter && (
            <p>
              Adapter: <strong data-testid="popup-adapter" data-adapter-id={tab.adapter.id}>{tab.adapter.name}</strong>
            </p>
          )}
          {tab.failure ? (
            <div class="popup-failed" data-testid="popup-start-failed">
              <p>Tactful could not start on this page, so this reply box is not coached.</p>
              <p class="muted">The error is kept on this computer only. Attach the report to a bug report:</p>
              <button type="button" data-testid="save-error-report" onClick={() => void saveErrorReport()}>
                Save error report
              </button>
            </div>
          ) : !tab.coach ? (
            <p class="muted">Click into a reply box to start coaching.</p>
          ) : boxes.length === 0 ? (
            <p class="muted">No reply box coached right now.</p>
          ) : (
            <p data-testid="popup-draft" data-count={findings} data-mood={mood}>
              {findings} {findings === 1 ? 'finding' : 'findings'} in your draft · customer {moodLabels[mood ?? 'unknown'].toLowerCase()}
            </p>
          )}
        </section>
      )}
      <section class="popup-stats">
        <StatsChart days={dailyTotals(stats, dayKey(new Date()), 7)} width={260} height={48} />
      </section>
    </main>
  );
}
