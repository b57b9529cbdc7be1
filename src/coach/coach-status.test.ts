// @vitest-environment happy-dom
import { expect, it } from 'vitest';
import { fixtureNamed, loadFixture } from '../../test/support/load-fixture';
import { createCoachSessions } from './coach-sessions';
import { coachStatus } from './coach-status';
import { createCoachStore } from './coach-store';

it("names the page's adapter, and each coached reply box as its badge shows it", () => {
  const { expected } = loadFixture(fixtureNamed('zendesk/ticket-internal-note.html'));
  const store = createCoachStore();
  expect(coachStatus(store, document)).toEqual({ adapter: { id: 'zendesk', name: 'Zendesk' }, replyBoxes: [] });
  const editor = expected('reply-box')[0]!;
  editor.textContent = 'You should have read the manual.';
  createCoachSessions(document, store, new AbortController().signal).start(editor);
  const [state] = store.editors.value;
  expect(coachStatus(store, document).replyBoxes).toEqual([{ count: state!.findings.length, mood: state!.customer!.mood, mode: 'note', customerBy: 'zendesk' }]);
  expect(state!.findings.length).toBeGreaterThan(0);
});
