import type { HelpDeskAdapter, ThreadEntry } from './adapter';
import { editorRoots } from './shared/editor-roots';
import { emailDraftExclusions } from './shared/email-draft-exclusions';
import { inChronologicalOrder, timeIn } from './shared/in-chronological-order';
import { namesInternalNote } from './names-internal-note';
import { jiraCommentsSelector, jiraServiceManagementPage } from './pages/jira-service-management';

/**
 * Jira Service Management (cloud). Evidence T: the Atlassian editor's root, the comments list and the comment body
 * test ids. Not public: who wrote a comment (comments are of unknown author), how an internal comment is marked
 * (its "Internal note" lozenge text, English only, is inferred), how the reply and internal tabs are marked (the
 * selected tab's wording, inferred) and the order (newest first, Jira's default, inferred; each user may change it).
 */
export const jiraSelectors = {
  replyBox: '#ak-editor-textarea.ProseMirror[contenteditable="true"]',
  comments: jiraCommentsSelector,
  body: '[data-testid^="issue-comment-base.ui.comment.ak-comment."][data-testid$="-body"]',
  comment: '[data-testid^="issue-comment-base.ui.comment.ak-comment."]',
  selectedTab: '[role="tab"][aria-selected="true"]',
  /** I: the editor's Save / Share button. */
  send: '[data-testid="comment-save-button"]',
} as const;

export const jiraServiceManagementAdapter: HelpDeskAdapter = {
  ...jiraServiceManagementPage,
  replyBoxes: (document) => editorRoots(document, jiraSelectors.replyBox),
  thread(editor) {
    const entries: ThreadEntry[] = [];
    for (const list of editor.ownerDocument.querySelectorAll(jiraSelectors.comments)) {
      for (const body of list.querySelectorAll<HTMLElement>(jiraSelectors.body)) {
        const element = body.parentElement?.closest<HTMLElement>(jiraSelectors.comment) ?? body;
        const internal = element !== body && namesInternalNote(labelsOf(element, body));
        entries.push({ element, body, author: 'unknown', internal, time: timeIn(element) });
      }
    }
    return entries.length > 0 ? inChronologicalOrder(entries, 'newest-first') : null;
  },
  replyMode(editor) {
    const tab = editor.ownerDocument.querySelector(jiraSelectors.selectedTab)?.textContent ?? '';
    // The selected tab: "Add internal note" (in the agent's language) or "Reply to customer".
    if (namesInternalNote(tab)) return 'note';
    if (/reply|customer/i.test(tab)) return 'public';
    return null;
  },
  draftExclusions: emailDraftExclusions,
  send: { buttons: jiraSelectors.send, keys: ['mod+enter'] },
};

/** The comment's text outside its body: author line, lozenges, timestamp. */
function labelsOf(comment: HTMLElement, body: HTMLElement): string {
  let text = '';
  for (const child of comment.querySelectorAll('*')) {
    if (child === body || body.contains(child) || child.contains(body)) continue;
    if (child.children.length === 0) text += ` ${child.textContent ?? ''}`;
  }
  return text;
}
