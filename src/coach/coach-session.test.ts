// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { CoachSession } from './coach-session';
import { createCoachStore, type CoachStore } from './coach-store';

function setUp(draft: string, customer?: string): { store: CoachStore; session: CoachSession; textarea: HTMLTextAreaElement; controller: AbortController } {
  document.body.innerHTML = `${customer ? `<article class="message"><p>${customer}</p></article>` : ''}<textarea id="reply"></textarea>`;
  const textarea = document.getElementById('reply') as HTMLTextAreaElement;
  textarea.value = draft;
  const store = createCoachStore();
  const controller = new AbortController();
  return { store, session: new CoachSession(textarea, store, controller.signal), textarea, controller };
}

const only = (store: CoachStore) => store.editors.value[0]!;

describe('CoachSession', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('analyses the draft and the customer message near the reply box', () => {
    const { store } = setUp('As I already said, calm down.', 'This is the third time I write. Still no refund! I am cancelling my account.');
    expect(only(store).findings.map((finding) => finding.category)).toEqual(['passive-aggressive', 'dismissive']);
    expect(only(store).customer?.mood).toMatch(/frustrated|angry/);
    expect(only(store).kind).toBe('textarea');
  });

  it('re-analyses on every edit', () => {
    const { store, textarea } = setUp('Thanks for waiting.');
    expect(only(store).findings).toEqual([]);
    textarea.value += ' Obviously it is fixed.';
    textarea.dispatchEvent(new Event('input'));
    expect(only(store).findings.map((finding) => finding.ruleId)).toEqual(['dismissive-obviously']);
  });

  it('hides an ignored finding, and every finding of an ignored rule', () => {
    const { store, session } = setUp('Obviously it works. Obviously it ships today. As I already said, no.');
    session.ignoreFinding(only(store).findings[0]!);
    expect(only(store).findings.map((finding) => finding.ruleId)).toEqual(['passive-aggressive-as-i-said']);
    session.ignoreRule('passive-aggressive-as-i-said');
    expect(only(store).findings).toEqual([]);
  });

  it('refuses a fix when the draft changed since the analysis, and says so', async () => {
    const { store, session, textarea } = setUp('Calm down, it is fixed.');
    const finding = only(store).findings[0]!;
    textarea.value = 'Well, calm down, it is fixed.';
    await session.apply(finding, 'I understand how frustrating this is');
    expect(textarea.value).toBe('Well, calm down, it is fixed.');
    expect(only(store).notice).toMatch(/changed/);
    expect(only(store).findings[0]!.start).toBe(6);
  });

  it('leaves the store when its reply box goes away', () => {
    const { store, controller } = setUp('Hello');
    controller.abort();
    expect(store.editors.value).toEqual([]);
  });
});
