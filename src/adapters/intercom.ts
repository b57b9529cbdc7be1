import type { Author, HelpDeskAdapter, ThreadEntry } from './adapter';
import { editorRoots } from './shared/editor-roots';
import { emailDraftExclusions } from './shared/email-draft-exclusions';
import { inChronologicalOrder, timeIn } from './shared/in-chronological-order';
import { intercomComposerSelector, intercomPage } from './pages/intercom';

/**
 * Intercom inbox. Evidence T: the composer, its note-mode class, the conversation parts with their category
 * (1 customer, 3 agent, 5 bot, 20 system) and the body class. Reported shadow DOM is not traversed: where the parts
 * live in a shadow root the selectors find nothing and the generic adapter answers.
 */
export const intercomSelectors = {
  composer: intercomComposerSelector,
  replyBox: `${intercomComposerSelector} .ProseMirror[contenteditable="true"]`,
  noteMode: '.conversation__text.o__note',
  part: '[data-part-group-id][data-part-group-category]',
  note: '.o__note',
  body: '.interblocks-html',
  /** I: the composer's submit button (Send, Reply, Add note). */
  send: `${intercomComposerSelector} button[type="submit"]`,
} as const;

const categories: Record<string, Author> = { '1': 'customer', '3': 'agent', '5': 'bot', '20': 'system' };

export const intercomAdapter: HelpDeskAdapter = {
  ...intercomPage,
  replyBoxes: (document) => editorRoots(document, intercomSelectors.replyBox),
  thread(editor) {
    const entries: ThreadEntry[] = [];
    for (const element of editor.ownerDocument.querySelectorAll<HTMLElement>(intercomSelectors.part)) {
      if (element.closest(intercomSelectors.composer)) continue;
      const author = categories[element.getAttribute('data-part-group-category') ?? ''] ?? 'unknown';
      const body = element.querySelector<HTMLElement>(intercomSelectors.body) ?? element;
      entries.push({ element, body, author, internal: element.querySelector(intercomSelectors.note) !== null, time: timeIn(element) });
    }
    return entries.length > 0 ? inChronologicalOrder(entries, 'oldest-first') : null;
  },
  replyMode(editor) {
    const composer = editor.closest(intercomSelectors.composer);
    if (!composer) return null;
    return editor.closest(intercomSelectors.noteMode) || composer.querySelector(intercomSelectors.noteMode) ? 'note' : 'public';
  },
  draftExclusions: emailDraftExclusions,
  send: { buttons: intercomSelectors.send, keys: ['mod+enter'] },
};
