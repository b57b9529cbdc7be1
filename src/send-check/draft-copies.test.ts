// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { copiesHold, draftCopies } from './draft-copies';
import type { SendAttempt } from './send-attempt';

function page(fields: string): { editor: HTMLElement; attempt: SendAttempt } {
  document.body.innerHTML = `<form><div contenteditable="true" id="editor"></div>${fields}<button id="send">Send</button></form>`;
  const control = document.getElementById('send')!;
  const event = new MouseEvent('click');
  return { editor: document.getElementById('editor')!, attempt: { kind: 'click', event, target: control, control } };
}

describe('draftCopies', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('finds the hidden fields that hold a version of the draft, as HTML or text, and leaves the rest', () => {
    const { editor, attempt } = page(
      '<input type="hidden" name="body" value="&lt;p&gt;Thanks for waiting, the refund&lt;/p&gt;"><input type="hidden" name="token" value="a81f"><textarea name="comment" style="display:none">Thanks for waiting</textarea><input type="text" name="subject" value="Thanks for waiting">',
    );
    const copies = draftCopies(attempt, editor, 'Thanks for waiting, the refund is on its way.');
    expect(copies.map((field) => field.name)).toEqual(['body', 'comment']);
    expect(copiesHold(copies, 'Thanks for waiting, the refund is on its way.')).toBe(false);
    copies[0]!.value = '<p>Thanks for waiting,&nbsp;the refund is on its <b>way</b>.</p>';
    expect(copiesHold(copies, 'Thanks for waiting, the refund is on its way.')).toBe(true);
  });

  it('finds none outside a form or when no field holds the draft, and an empty one only when named for the reply', () => {
    const { editor, attempt } = page('<input type="hidden" name="token" value="a81f">');
    expect(draftCopies(attempt, editor, 'Thanks for waiting.')).toEqual([]);
    const empty = page('<input type="hidden" name="parent_id" value=""><input type="hidden" name="ticket[comment][html_body]" value="">');
    expect(draftCopies(empty.attempt, empty.editor, 'Thanks for waiting.').map((field) => field.name)).toEqual(['ticket[comment][html_body]']);
    document.body.innerHTML = '<div contenteditable="true" id="free"></div>';
    const free = document.getElementById('free')!;
    expect(draftCopies({ kind: 'key', event: new KeyboardEvent('keydown'), target: free }, free, 'Thanks.')).toEqual([]);
  });
});
