// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectEditorKind } from './editor-kind';

function editable(markup: string): HTMLElement {
  document.body.innerHTML = markup;
  return document.querySelector<HTMLElement>('[contenteditable]')!;
}

describe('detectEditorKind', () => {
  it("recognises CKEditor 4 by its editable's class, in its iframe (classic) or inline", () => {
    document.body.className = 'cke_editable cke_editable_themed cke_contents_ltr';
    document.body.contentEditable = 'true';
    expect(detectEditorKind(document.body)).toBe('ckeditor4');
    document.body.removeAttribute('class');
    document.body.removeAttribute('contenteditable');
    expect(detectEditorKind(editable('<div class="cke_editable cke_editable_inline" contenteditable="true"><p>Hi</p></div>'))).toBe('ckeditor4');
  });

  it('recognises Trix by its custom element', () => {
    expect(detectEditorKind(editable('<trix-editor contenteditable="true" role="textbox"><div>Hi</div></trix-editor>'))).toBe('trix');
  });

  it("takes an element without an editor's marker for the editor it is told, contenteditable by default", () => {
    const body = '<div role="textbox" aria-label="Message body" contenteditable="true"><div>Hi</div></div>';
    expect(detectEditorKind(editable(body))).toBe('contenteditable');
    expect(detectEditorKind(editable(body), 'roosterjs')).toBe('roosterjs');
  });

  it("keeps other editors' markers first", () => {
    expect(detectEditorKind(editable('<div class="ProseMirror" contenteditable="true"></div>'), 'roosterjs')).toBe('prosemirror');
    expect(detectEditorKind(document.createElement('textarea'), 'roosterjs')).toBe('textarea');
  });
});
