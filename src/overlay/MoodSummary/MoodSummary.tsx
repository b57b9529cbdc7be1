import { Fragment } from 'preact';
import type { CustomerAnalysis, Signal, SignalKind } from '../../analysis/types';
import { notCheckedText } from '../../analysis/language/not-checked-text';
import { moodLabels, signalLabels } from '../labels';

export interface Props {
  customer: CustomerAnalysis | null;
}

/** The customer's mood and the words in their message that led to it. */
export function MoodSummary({ customer }: Props) {
  const read = customer !== null && customer.language === 'en';
  const mood = read ? customer.mood : 'unknown';
  return (
    <section class="mood" data-testid="tactful-mood" data-mood={mood} aria-label="Customer mood">
      <h3>
        Customer: <span class={`mood-dot mood-${mood}`} aria-hidden="true" /> {customer && !read ? 'Not checked' : moodLabels[mood]}
      </h3>
      {customer === null ? (
        <p class="muted">No customer message found near this reply box.</p>
      ) : !read ? (
        <p class="muted" data-testid="tactful-not-checked">{notCheckedText(customer.language)}</p>
      ) : customer.signals.length === 0 ? (
        <p class="muted">Nothing in the message stands out.</p>
      ) : (
        <ul class="signals">
          {groupByKind(customer.signals).map(([kind, signals]) => (
            <li key={kind} data-testid="tactful-signal" data-kind={kind}>
              <span class="signal-kind">{signalLabels[kind]}</span>{' '}
              {signals.map((signal, index) => (
                <Fragment key={signal.start}>
                  {index > 0 && ', '}
                  <q data-rule-id={signal.ruleId}>{signal.text}</q>
                </Fragment>
              ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** One line per kind of signal, in the order each kind first appears in the message. */
function groupByKind(signals: readonly Signal[]): Array<[SignalKind, Signal[]]> {
  const groups = new Map<SignalKind, Signal[]>();
  for (const signal of signals) groups.set(signal.kind, [...(groups.get(signal.kind) ?? []), signal]);
  return [...groups];
}
