import type { Author, HelpDeskAdapter, ThreadEntry } from './adapter';
import { editorRoots } from './shared/editor-roots';
import { emailDraftExclusions } from './shared/email-draft-exclusions';
import { inChronologicalOrder, timeIn } from './shared/in-chronological-order';
import { osticketPage } from './pages/osticket';

/**
 * osTicket staff panel; self-hosted, so pages are recognised by their DOM. Evidence V (its templates): entries are
 * `.thread-entry` typed message (customer), response (agent), note or system, with a `<time datetime>` each; each
 * agent chooses the thread order, so the times decide it. The reply and the internal note are two textareas,
 * `#response` and `#internal_note`, which Redactor 3 replaces with `.redactor-in` inside a `.redactor-box`
 * (plain textareas when rich text is off).
 */
export const osticketSelectors = {
  replyBox: '.redactor-box .redactor-in[contenteditable="true"], textarea#response, textarea#internal_note',
  redactorBox: '.redactor-box',
  noteTextarea: 'textarea#internal_note',
  replyTextarea: 'textarea#response',
  entry: '.thread-entry',
  event: '.thread-event',
  body: '.thread-body',
  /** V: Post Reply and Post Note, the forms' submit inputs. */
  send: 'form#reply input[type="submit"], form#note input[type="submit"]',
} as const;

const types: ReadonlyArray<readonly [string, Author, boolean]> = [
  ['message', 'customer', false],
  ['response', 'agent', false],
  ['note', 'agent', true],
  ['system', 'system', false],
];

export const osticketAdapter: HelpDeskAdapter = {
  ...osticketPage,
  replyBoxes: (document) =>
    // A Redactor box holds both the editor and its hidden textarea: keep the editor.
    editorRoots(document, osticketSelectors.replyBox).filter((box) => !(box instanceof HTMLTextAreaElement && box.closest(osticketSelectors.redactorBox))),
  thread(editor) {
    const entries: ThreadEntry[] = [];
    for (const element of editor.ownerDocument.querySelectorAll<HTMLElement>(`${osticketSelectors.entry},${osticketSelectors.event}`)) {
      // Events (status changes, assignments) are system entries of their own.
      const [, author, internal] = element.matches(osticketSelectors.event)
        ? (['', 'system', false] as const)
        : types.find(([className]) => element.classList.contains(className)) ?? (['', 'unknown', false] as const);
      const body = element.querySelector<HTMLElement>(osticketSelectors.body) ?? element;
      entries.push({ element, body, author, internal, time: timeIn(element) });
    }
    return entries.length > 0 ? inChronologicalOrder(entries, 'oldest-first') : null;
  },
  replyMode(editor) {
    const field = editor.closest(osticketSelectors.redactorBox)?.querySelector('textarea') ?? editor;
    if (field.matches(osticketSelectors.noteTextarea)) return 'note';
    if (field.matches(osticketSelectors.replyTextarea)) return 'public';
    return null;
  },
  draftExclusions: emailDraftExclusions,
  send: { buttons: osticketSelectors.send, keys: [] },
};
