import { useMemo, useState } from 'preact/hooks';
import { analyzeCustomer, analyzeDraft } from '../../analysis/index';
import { Checklist } from '../../overlay/Checklist/Checklist';
import { MoodSummary } from '../../overlay/MoodSummary/MoodSummary';
import { categoryLabels } from '../../overlay/labels';
import type { OptionsStore } from '../options-store';

export interface Props {
  store: OptionsStore;
}

const sampleCustomer = 'This is the third time I am writing about my refund. Nobody answers and I am getting really frustrated.';
const sampleReply = 'Hi Dana,\nAs I already said, you failed to attach the receipt. Unfortunately we cannot do anything.\n';

/** Try the policy as it stands: a customer message and a reply, checked by the same engine the coach uses. */
export function TestBox({ store }: Props) {
  const [customerText, setCustomerText] = useState(sampleCustomer);
  const [reply, setReply] = useState(sampleReply);
  const policy = store.effective.value?.analysis;
  const customer = useMemo(() => (customerText.trim() === '' ? null : analyzeCustomer(customerText)), [customerText]);
  const analysis = useMemo(() => analyzeDraft(reply, { ...(customer ? { customer } : {}), ...(policy ? { policy } : {}) }), [reply, customer, policy]);
  return (
    <section class="section" id="test" data-testid="section-test">
      <h2>Try it</h2>
      <p class="description">A customer message and a reply, checked with the policy as it stands now.</p>
      <div class="columns">
        <label class="field">
          <span>Customer message</span>
          <textarea rows={5} value={customerText} data-testid="test-customer" onInput={(event) => setCustomerText(event.currentTarget.value)} />
        </label>
        <label class="field">
          <span>Your reply</span>
          <textarea rows={5} value={reply} data-testid="test-reply" onInput={(event) => setReply(event.currentTarget.value)} />
        </label>
      </div>
      <div class="columns results">
        <div>
          <h3>
            {analysis.findings.length} {analysis.findings.length === 1 ? 'finding' : 'findings'} · tone {Math.round(analysis.tone)}/100
          </h3>
          <ul class="test-findings" data-testid="test-findings" data-count={analysis.findings.length}>
            {analysis.findings.map((finding) => (
              <li key={`${finding.ruleId}:${finding.start}`} data-testid="test-finding" data-rule-id={finding.ruleId} data-severity={finding.severity}>
                <span class={`severity severity-${finding.severity}`}>{finding.severity}</span> {categoryLabels[finding.category]}: <q>{finding.text}</q> — {finding.message}
                {finding.suggestions.length > 0 && <span class="muted"> Try: “{finding.suggestions.join('” or “')}”</span>}
              </li>
            ))}
          </ul>
        </div>
        <div class="overlay-like">
          <MoodSummary customer={customer} />
          <Checklist items={analysis.checklist} />
        </div>
      </div>
    </section>
  );
}
