import type { ComponentChildren } from 'preact';
import { beforeSendLevels, defaultSendPolicy, type BeforeSend as BeforeSendLevel } from '../../policy/policy-schema';
import { LockNote } from '../LockNote/LockNote';
import { Section } from '../Section/Section';
import { issuesFor } from '../issues-for';
import { setPreference, type OptionsStore } from '../options-store';

export interface Props {
  store: OptionsStore;
}

const levelLabels: Record<BeforeSendLevel, string> = {
  off: 'Never: send at once',
  errors: 'When an error is left',
  warnings: 'When an error or a warning is left',
  'warnings+checklist': 'When an error or a warning is left, or the reply misses what an upset customer needs',
};

/** The last look at Send: what holds a public reply, whether it may go anyway, and whether notes are held too. Each can be locked. */
export function BeforeSend({ store }: Props) {
  const effective = store.effective.value;
  const send = effective?.send ?? defaultSendPolicy;
  const locks = effective?.locks ?? {};
  return (
    <Section
      id="before-send"
      title="Before sending"
      description="When you send a public reply with wording left to reconsider, Tactful holds it and shows what is left: review it, or send anyway. A clean reply goes at once, and so does an internal note unless notes are held too."
      issues={[...issuesFor(store, 'beforeSend'), ...issuesFor(store, 'allowSendAnyway'), ...issuesFor(store, 'holdNotes')]}
    >
      <LockNote reason={locks.beforeSend} />
      <fieldset disabled={Boolean(locks.beforeSend)}>
        <label>
          Hold the send{' '}
          <select
            data-testid="before-send"
            value={send.beforeSend}
            onChange={(event) => void setPreference('beforeSend', event.currentTarget.value as BeforeSendLevel)}
          >
            {beforeSendLevels.map((level) => (
              <option key={level} value={level}>
                {levelLabels[level]}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <SendSwitch setting="allowSendAnyway" testId="allow-send-anyway" on={send.allowSendAnyway} lock={locks.allowSendAnyway}>
        Offer “Send anyway” when an error is left <span class="muted">(off: errors must be fixed before the reply goes)</span>
      </SendSwitch>
      <SendSwitch setting="holdNotes" testId="hold-notes" on={send.holdNotes} lock={locks.holdNotes}>
        Hold internal notes too <span class="muted">(off: a note to colleagues goes at once)</span>
      </SendSwitch>
    </Section>
  );
}

interface SendSwitchProps {
  setting: 'allowSendAnyway' | 'holdNotes';
  testId: string;
  on: boolean;
  lock: string | undefined;
  children: ComponentChildren;
}

/** One yes/no setting of the hold, with the note that names who locked it. */
function SendSwitch({ setting, testId, on, lock, children }: SendSwitchProps) {
  return (
    <>
      <LockNote reason={lock} />
      <fieldset disabled={Boolean(lock)}>
        <label>
          <input type="checkbox" data-testid={testId} checked={on} onChange={(event) => void setPreference(setting, event.currentTarget.checked)} />{' '}
          {children}
        </label>
      </fieldset>
    </>
  );
}
