// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { findCoachableEditor } from './find-coachable-editor';

function html(markup: string): void {
  document.body.innerHTML = markup;
}

const byId = (id: string): HTMLElement => document.getElementById(id)!;

describe('findCoachableEditor', () => {
  beforeEach(() => html(''));

  it('coaches a multi-line textarea', () => {
    html('<textarea id="reply" rows="6"></textarea>');
    expect(findCoachableEditor(byId('reply'))).toBe(byId('reply'));
  });

  it('ignores single-line, disabled, read-only and search fields, and password inputs', () => {
    html(`<textarea id="one" rows="1"></textarea><textarea id="off" disabled></textarea><textarea id="ro" readonly></textarea>
      <textarea id="search" role="searchbox"></textarea><input id="pw" type="password"><input id="text" type="text">`);
    for (const id of ['one', 'off', 'ro', 'search', 'pw', 'text']) expect(findCoachableEditor(byId(id))).toBeNull();
  });

  it('returns the root of a rich editor from any node inside it', () => {
    html('<div id="root" contenteditable="true"><p id="para">Hello <b id="bold">there</b></p></div>');
    expect(findCoachableEditor(byId('bold'))).toBe(byId('root'));
    expect(findCoachableEditor(byId('bold').firstChild)).toBe(byId('root'));
  });

  it('respects data-tactful="off" on the editor or an ancestor', () => {
    html('<section data-tactful="off"><div id="root" contenteditable="true"></div><textarea id="area"></textarea></section>');
    expect(findCoachableEditor(byId('root'))).toBeNull();
    expect(findCoachableEditor(byId('area'))).toBeNull();
  });

  it('ignores code editors and single-line rich fields', () => {
    html(`<div class="cm-editor"><div id="code" contenteditable="true"></div></div>
      <div id="single" contenteditable="true" aria-multiline="false"></div>`);
    expect(findCoachableEditor(byId('code'))).toBeNull();
    expect(findCoachableEditor(byId('single'))).toBeNull();
  });

  it('ignores the hidden editable Quill 1 focuses to catch a paste', () => {
    html(`<div class="ql-container"><div id="editor" class="ql-editor" contenteditable="true"></div><div id="catcher" class="ql-clipboard" contenteditable="true" tabindex="-1"></div></div>`);
    expect(findCoachableEditor(byId('editor'))).toBe(byId('editor'));
    expect(findCoachableEditor(byId('catcher'))).toBeNull();
  });

  it('coaches reply boxes inside open shadow roots, unless their host opts out', () => {
    html('<reply-box id="on"></reply-box><section data-tactful="off"><reply-box id="off"></reply-box></section>');
    for (const id of ['on', 'off']) byId(id).attachShadow({ mode: 'open' }).innerHTML = '<div contenteditable="true"><p>Hi</p></div><textarea></textarea>';
    const inside = (id: string, selector: string) => byId(id).shadowRoot!.querySelector<HTMLElement>(selector)!;
    expect(findCoachableEditor(inside('on', 'p'))).toBe(inside('on', 'div'));
    expect(findCoachableEditor(inside('on', 'textarea'))).toBe(inside('on', 'textarea'));
    expect(findCoachableEditor(inside('off', 'p'))).toBeNull();
    expect(findCoachableEditor(inside('off', 'textarea'))).toBeNull();
  });

  it('ignores what is not editable', () => {
    html('<p id="para">Just text</p>');
    expect(findCoachableEditor(byId('para'))).toBeNull();
    expect(findCoachableEditor(null)).toBeNull();
  });
});
