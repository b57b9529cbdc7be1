// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CoachSession } from '../coach/coach-session';
import { createCoachStore } from '../coach/coach-store';
import type { SendEvent } from '../stats/stats';

/** A plain page (the generic adapter): a reply box in a form, its Send button sending through the page's script. */
const controllers: AbortController[] = [];

/** `fields`: more of the form, as the page has it when the agent starts writing. */
function setUp(draft: string, fields = '') {
  document.body.innerHTML = `<form id="reply"><textarea id="box" rows="6"></textarea>${fields}<button type="button" id="send">Send</button><button type="submit" id="post">Post</button></form>`;
  const textarea = document.getElementById('box') as HTMLTextAreaElement;
  textarea.value = draft;
  const sent: string[] = [];
  const send = document.getElementById('send')!;
  send.addEventListener('click', (event) => sent.push(`click${event.ctrlKey ? '+ctrl' : ''}:${textarea.value}`));
  textarea.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && event.ctrlKey) sent.push(`keys:${textarea.value}`);
  });
  document.getElementById('reply')!.addEventListener('submit', (event) => {
    event.preventDefault();
    sent.push(`submit:${(event.submitter as HTMLElement | null)?.id}`);
  });
  const store = createCoachStore();
  const recorded: SendEvent[] = [];
  const controller = new AbortController();
  controllers.push(controller);
  const session = new CoachSession(textarea, store, controller.signal, undefined, (event) => recorded.push(event));
  return { store, session, textarea, send, sent, recorded, controller };
}

const risky = 'As I already said, calm down.';

describe('the hold at Send', () => {
  afterEach(() => {
    for (const controller of controllers.splice(0)) controller.abort();
    document.body.innerHTML = '';
  });

  it('holds a send with an error left before the page sees it, and sends it once, as the agent did, when asked', () => {
    const { store, session, send, sent, recorded } = setUp(risky);
    send.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true }));
    expect(sent).toEqual([]);
    expect(store.sendCheck.value?.left.hold).toBe('errors');
    expect(store.sendCheck.value?.anchor).toBe(send);
    session.sends.sendAnyway();
    session.sends.sendAnyway();
    expect(sent).toEqual([`click+ctrl:${risky}`]);
    expect(store.sendCheck.value).toBeNull();
    expect(recorded).toEqual(['held', 'sentAnyway']);
  });

  it('sends nothing after a cancel, and keeps the draft', () => {
    const { store, session, textarea, send, sent } = setUp(risky);
    send.click();
    session.sends.cancel();
    expect(store.sendCheck.value).toBeNull();
    session.sends.sendAnyway();
    expect(sent).toEqual([]);
    expect(textarea.value).toBe(risky);
    expect(document.activeElement).toBe(textarea);
  });

  it('lets a clean draft go at once, and counts a send after a held one as a send after a fix', () => {
    const { store, session, textarea, send, sent, recorded } = setUp(risky);
    send.click();
    textarea.value = 'Thanks for your patience, the refund is on its way.';
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
    expect(store.sendCheck.value).toBeNull();
    send.click();
    send.click();
    expect(sent).toEqual([`click:${textarea.value}`, `click:${textarea.value}`]);
    expect(recorded).toEqual(['held', 'sentAfterFix']);
    expect(session.sends).toBeDefined();
  });

  it('holds Ctrl+Enter in the box and a submit of its form, and replays each its own way', () => {
    const { store, session, textarea, sent } = setUp(risky);
    textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }));
    expect(store.sendCheck.value?.left.hold).toBe('errors');
    session.sends.sendAnyway();
    expect(sent).toEqual([`keys:${risky}`]);

    const form = setUp(risky);
    (document.getElementById('reply') as HTMLFormElement).requestSubmit(document.getElementById('post'));
    expect(form.sent).toEqual([]);
    form.session.sends.sendAnyway();
    expect(form.sent).toEqual(['submit:post']);
  });

  it('passes a note, a policy that holds nothing and a draft the coach has not analysed untouched', () => {
    const { store, textarea, send, sent } = setUp(risky);
    store.sendPolicy.value = { beforeSend: 'off', allowSendAnyway: true, holdNotes: false };
    send.click();
    store.sendPolicy.value = { beforeSend: 'warnings', allowSendAnyway: true, holdNotes: false };
    // Changed without an input event: not what the coach analysed.
    textarea.value = `${risky} Really.`;
    send.click();
    expect(sent).toEqual([`click:${risky}`, `click:${risky} Really.`]);
    expect(store.sendCheck.value).toBeNull();
  });

  it("waits for the form's hidden copy of the draft to catch up before it sends, a few seconds at most", () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    try {
      // The page copies the draft into a hidden field while the agent writes, behind by a pause.
      const copyField = '<input type="hidden" name="body" value="">';
      const copy = (): HTMLInputElement => document.querySelector<HTMLInputElement>('input[name=body]')!;
      const late = setUp(risky, copyField);
      copy().value = '<p>As I already said</p>';
      late.send.click();
      late.session.sends.sendAnyway();
      vi.advanceTimersByTime(500);
      expect(late.sent).toEqual([]);
      copy().value = '<p>As I already said, calm&nbsp;down.</p>';
      vi.advanceTimersByTime(60);
      expect(late.sent).toEqual([`click:${risky}`]);
      late.controller.abort();

      const stuck = setUp(risky, copyField);
      copy().value = 'As I already said';
      stuck.send.click();
      stuck.session.sends.sendAnyway();
      vi.advanceTimersByTime(2900);
      expect(stuck.sent).toEqual([]);
      vi.advanceTimersByTime(200);
      expect(stuck.sent).toEqual([`click:${risky}`]);
      stuck.controller.abort();

      // A copy the page makes only when the form submits never changed while the agent wrote: not waited for.
      const onSubmit = setUp(risky, '<input type="hidden" name="body" value="As I already said">');
      onSubmit.send.click();
      onSubmit.session.sends.sendAnyway();
      vi.advanceTimersByTime(450);
      expect(onSubmit.sent).toEqual([`click:${risky}`]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('offers no Send anyway with an error left when the team requires errors fixed first', () => {
    const { store, session, send, sent } = setUp(risky);
    store.sendPolicy.value = { beforeSend: 'warnings', allowSendAnyway: false, holdNotes: false };
    send.click();
    expect(store.sendCheck.value?.left.sendAnyway).toBe(false);
    session.sends.sendAnyway();
    expect(sent).toEqual([]);
    session.sends.review();
    expect(store.sendCheck.value).toBeNull();
    expect(store.openCard.value?.finding.text).toBe('As I already said');
  });
});
