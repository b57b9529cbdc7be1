import type { HelpDeskAdapter } from './adapter';
import { editorRoots } from './shared/editor-roots';
import { emailDraftExclusions } from './shared/email-draft-exclusions';
import { salesforceServiceCloudPage } from './pages/salesforce-service-cloud';

/**
 * Salesforce Service Cloud (Lightning). Evidence T: the email composer is CKEditor 4 in an iframe nested two deep
 * (its body is the editor; the content script must run in that frame), other rich fields are Quill inside
 * `lightning-input-rich-text`'s shadow DOM. The case feed's markup is not public, so the thread and the note mode
 * are left to the generic adapter. The reply-box selectors do not enter shadow roots; the coach still reaches a Quill
 * in an open one, from the focus.
 */
export const salesforceSelectors = {
  replyBox: 'body.cke_editable[contenteditable="true"], .ql-editor[contenteditable="true"]',
  /** I: the email publisher's Send button (outside the editor's frame). */
  send: 'button.cuf-publisherShareButton, button[title="Send"]',
} as const;

export const salesforceServiceCloudAdapter: HelpDeskAdapter = {
  ...salesforceServiceCloudPage,
  replyBoxes: (document) => editorRoots(document, salesforceSelectors.replyBox),
  thread: () => null,
  replyMode: () => null,
  draftExclusions: emailDraftExclusions,
  send: { buttons: salesforceSelectors.send, keys: [] },
};
