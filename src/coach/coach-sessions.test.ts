// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createCoachSessions } from './coach-sessions';
import { createCoachStore } from './coach-store';

const draft = 'Obviously it works. As I already said, no.';

function textarea(parent: ParentNode = document.body): HTMLTextAreaElement {
  const element = document.createElement('textarea');
  element.value = draft;
  parent.append(element);
  return element;
}

/** Lets the sessions' observer of removals hear what the test removed. */
const removalsSeen = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createCoachSessions', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('coaches each reply box once, and every one again after a policy change', () => {
    const store = createCoachStore();
    const sessions = createCoachSessions(document, store, new AbortController().signal);
    const [first, second] = [textarea(), textarea()];
    sessions.start(first);
    sessions.start(second);
    sessions.start(first);
    expect(store.editors.value.map((state) => state.editor)).toEqual([first, second]);
    store.policy.value = { categories: { dismissive: 'off' } };
    sessions.refreshAll();
    expect(store.editors.value.map((state) => state.findings.map((finding) => finding.category))).toEqual([['passive-aggressive'], ['passive-aggressive']]);
  });

  it('ends the session of a reply box the page removes, also one inside a shadow root', async () => {
    const store = createCoachStore();
    const sessions = createCoachSessions(document, store, new AbortController().signal);
    const host = document.createElement('reply-box');
    document.body.append(host);
    const inShadow = textarea(host.attachShadow({ mode: 'open' }));
    const inPage = textarea();
    sessions.start(inShadow);
    sessions.start(inPage);
    inPage.remove();
    await removalsSeen();
    expect(store.editors.value.map((state) => state.editor)).toEqual([inShadow]);
    inShadow.remove();
    await removalsSeen();
    expect(store.editors.value).toEqual([]);
  });

  it("hands the overlay's actions to the session of that reply box", () => {
    const store = createCoachStore();
    const sessions = createCoachSessions(document, store, new AbortController().signal);
    sessions.start(textarea());
    sessions.start(textarea());
    const [, second] = store.editors.value;
    sessions.actions.ignoreRule(second!.id, 'dismissive-obviously');
    expect(store.editors.value.map((state) => state.findings.length)).toEqual([2, 1]);
  });

  it('ends every session when told, and for good when its signal aborts', () => {
    const store = createCoachStore();
    const controller = new AbortController();
    const sessions = createCoachSessions(document, store, controller.signal);
    const editor = textarea();
    sessions.start(editor);
    sessions.endAll();
    expect(store.editors.value).toEqual([]);
    sessions.start(editor);
    expect(store.editors.value).toHaveLength(1);
    controller.abort();
    expect(store.editors.value).toEqual([]);
    sessions.start(editor);
    expect(store.editors.value).toEqual([]);
  });
});
