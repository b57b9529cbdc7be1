// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureNamed, loadFixture } from '../../test/support/load-fixture';
import { pickAdapter } from '../adapters/pick-adapter';
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

/** happy-dom's own API for the page's address. */
const setUrl = (url: string): void => (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);

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

  it("fixes a reply box without an editor's marker through the editor the page's adapter names (RoosterJS in Outlook)", () => {
    const kindAt = (url: string): string => {
      setUrl(url);
      document.body.innerHTML = '<div role="textbox" aria-label="Message body" contenteditable="true"><div>Hi</div></div>';
      const store = createCoachStore();
      new CoachSession(document.querySelector<HTMLElement>('[contenteditable]')!, store, new AbortController().signal);
      return only(store).kind;
    };
    try {
      expect(['https://outlook.office.com/mail/', 'https://outlook.live.com/mail/0/', 'https://outlook.cloud.microsoft/mail/'].map(kindAt)).toEqual(['roosterjs', 'roosterjs', 'roosterjs']);
      expect(kindAt('https://outlook.office.com.example.net/')).toBe('contenteditable');
    } finally {
      setUrl('http://localhost:3000/');
    }
  });

  describe('through the help-desk adapter', () => {
    /** A fixture page of src/adapters/fixtures, coached as on its real address. */
    function onFixture(name: string): { store: CoachStore; session: CoachSession; editor: HTMLElement } {
      const { url, expected } = loadFixture(fixtureNamed(name));
      const editor = expected('reply-box')[0]!;
      const store = createCoachStore();
      return { store, session: new CoachSession(editor, store, new AbortController().signal, pickAdapter(url, document)), editor };
    }

    it("reads the customer's latest message, not the agent's later note, and says which adapter answered", () => {
      const { store } = onFixture('zendesk/ticket-public-reply.html');
      expect(only(store)).toMatchObject({ adapter: { id: 'zendesk', name: 'Zendesk' }, customerBy: 'zendesk', mode: 'public' });
      expect(only(store).customer?.signals.map((signal) => signal.kind)).toContain('repeat-contact');
    });

    it('relaxes the customer-tone rules in a note and needs no checklist', () => {
      const { store, editor } = onFixture('help-scout/new-ui-note.html');
      editor.innerHTML = "<p>Calm down, this is not our fault. You didn't attach the photos.</p>";
      editor.dispatchEvent(new Event('input'));
      expect(only(store).mode).toBe('note');
      expect(only(store).findings.map((finding) => `${finding.category}:${finding.severity}`)).toEqual(['defensive:suggestion', 'blame:suggestion']);
      expect(only(store).analysis.checklist.every((item) => item.status === 'not-needed')).toBe(true);
    });

    it('notices a switch between reply and note after a click, without an edit', async () => {
      const { store } = onFixture('zendesk/ticket-public-reply.html');
      const switcher = document.querySelectorAll<HTMLElement>('[data-test-id="omnichannel-channel-switcher-button"]')[1]!;
      switcher.textContent = 'Internal note';
      switcher.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(only(store).mode).toBe('note');
    });

    it('reads the conversation again when the reply box gets focus, not on edits', () => {
      const { store, editor } = onFixture('zendesk/ticket-public-reply.html');
      const latest = document.querySelector<HTMLElement>('[data-expect="customer-message"] .zd-comment')!;
      latest.textContent = 'Thanks, all good now.';
      editor.dispatchEvent(new Event('input'));
      expect(only(store).customer?.signals.map((signal) => signal.kind)).toContain('repeat-contact');
      editor.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
      expect(only(store).customer?.mood).toBe('calm');
    });

    it("checks a required greeting against the customer's name as the page tells it", () => {
      const { store, editor } = onFixture('gmail/thread-reply.html');
      store.policy.value = { required: [{ kind: 'greeting' }] };
      const greeting = () => only(store).analysis.checklist.find((item) => item.id === 'required:greeting');
      expect(only(store).customer?.name).toBe('Taylor');
      editor.firstElementChild!.textContent = 'Hi Dana, your refund was issued today.';
      editor.dispatchEvent(new Event('input'));
      expect(greeting()).toMatchObject({ status: 'missing', hint: 'Open with a greeting that uses the customer’s name: "Hi Taylor,".' });
      editor.firstElementChild!.textContent = 'Hi Taylor, your refund was issued today.';
      editor.dispatchEvent(new Event('input'));
      expect(greeting()?.status).toBe('met');
    });

    it('leaves quoted history and the signature in the draft out of the analysis', () => {
      const { store, editor } = onFixture('generic/email-quoted.html');
      editor.querySelector('blockquote')!.textContent = 'Calm down, as I already said.';
      editor.dispatchEvent(new Event('input'));
      expect(only(store).adapter).toEqual({ id: 'generic', name: 'Generic page' });
      expect(only(store).text.text).toContain('Calm down');
      expect(only(store).findings).toEqual([]);
    });
  });
});
