// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { detectEditorKind } from './editor-kind';

/** happy-dom's own API for the page's address. */
const setUrl = (url: string): void => (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);

function editable(markup: string): HTMLElement {
  document.body.innerHTML = markup;
  return document.querySelector<HTMLElement>('[contenteditable]')!;
}

describe('detectEditorKind', () => {
  afterEach(() => setUrl('http://localhost:3000/'));

  it("recognises CKEditor 4 by its editable's class, in its iframe (classic) or inline", () => {
    document.body.className = 'cke_editable cke_editable_themed cke_contents_ltr';
    document.body.contentEditable = 'true';
    expect(detectEditorKind(document.body)).toBe('ckeditor4');
    document.body.removeAttribute('class');
    document.body.removeAttribute('contenteditable');
    expect(detectEditorKind(editable('<div class="cke_editable cke_editable_inline" contenteditable="true"><p>Hi</p></div>'))).toBe('ckeditor4');
  });

  it('takes a contenteditable in Outlook on the web for RoosterJS, which marks nothing of its own', () => {
    const body = '<div role="textbox" aria-label="Message body" contenteditable="true"><div>Hi</div></div>';
    expect(detectEditorKind(editable(body))).toBe('contenteditable');
    for (const url of ['https://outlook.office.com/mail/', 'https://outlook.live.com/mail/0/', 'https://outlook.cloud.microsoft/mail/']) {
      setUrl(url);
      expect(detectEditorKind(editable(body))).toBe('roosterjs');
    }
    setUrl('https://outlook.office.com.example.net/');
    expect(detectEditorKind(editable(body))).toBe('contenteditable');
  });

  it("keeps other editors' markers first, also in Outlook", () => {
    setUrl('https://outlook.office.com/mail/');
    expect(detectEditorKind(editable('<div class="ProseMirror" contenteditable="true"></div>'))).toBe('prosemirror');
    expect(detectEditorKind(document.createElement('textarea'))).toBe('textarea');
  });
});
