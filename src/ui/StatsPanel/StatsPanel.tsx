import { categoryLabels } from '../../overlay/labels';
import { dailyTotals, dayKey, emptyStats, ruleTotals, sendTotals, statsToCsv } from '../../stats/stats';
import { statsItem } from '../../stats/stats-storage';
import { StatsChart } from '../StatsChart/StatsChart';
import { downloadText } from '../download-text';
import { useStats } from '../use-stats';

/** The local statistics in full: the chart, counts per rule, CSV export and reset. */
export function StatsPanel() {
  const stats = useStats();
  const rules = ruleTotals(stats);
  const sends = sendTotals(stats);
  return (
    <section class="section" id="stats" data-testid="section-stats">
      <h2>Your statistics</h2>
      <p class="description">
        Counted in this browser only, never sent anywhere, and without any text: per day and rule, how many findings were shown, fixed and ignored, and how many sends were held, sent after a fix or sent anyway.
      </p>
      <p data-testid="send-stats" data-held={sends.held} data-sent-after-fix={sends.sentAfterFix} data-sent-anyway={sends.sentAnyway}>
        Sends held for a last look: <strong>{sends.held}</strong> · sent after a fix: <strong>{sends.sentAfterFix}</strong> · sent anyway:{' '}
        <strong>{sends.sentAnyway}</strong>
      </p>
      <StatsChart days={dailyTotals(stats, dayKey(new Date()), 30)} width={600} height={100} />
      {rules.length === 0 ? (
        <p class="muted">Nothing counted yet.</p>
      ) : (
        <table class="stats-table" data-testid="stats-table">
          <thead>
            <tr>
              <th>Rule</th>
              <th>Category</th>
              <th>Shown</th>
              <th>Fixed</th>
              <th>Ignored</th>
            </tr>
          </thead>
          <tbody>
            {rules.slice(0, 20).map((rule) => (
              <tr key={rule.ruleId}>
                <td>
                  <code>{rule.ruleId}</code>
                </td>
                <td>{categoryLabels[rule.category] ?? rule.category}</td>
                <td>{rule.shown}</td>
                <td>{rule.applied}</td>
                <td>{rule.ignored}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div class="actions">
        <button type="button" data-testid="export-stats" onClick={() => downloadText('tactful-statistics.csv', statsToCsv(stats), 'text/csv')}>
          Export CSV
        </button>
        <button type="button" data-testid="reset-stats" onClick={() => void statsItem.setValue(emptyStats())}>
          Reset statistics
        </button>
      </div>
    </section>
  );
}
