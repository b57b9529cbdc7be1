// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { copiesHold, draftCopies, hiddenFieldValues } from './draft-copies';
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
    const copies = draftCopies(attempt, editor, 'Thanks for waiting, the refund is on its way.', new Map([...hiddenFieldValues(editor)].map(([field]) => [field, 'before'])));
    expect(copies.map((field) => field.name)).toEqual(['body', 'comment']);
    expect(copiesHold(copies, 'Thanks for waiting, the refund is on its way.')).toBe(false);
    copies[0]!.value = '<p>Thanks for waiting,&nbsp;the refund is on its <b>way</b>.</p>';
    expect(copiesHold(copies, 'Thanks for waiting, the refund is on its way.')).toBe(true);
  });

  it('finds none outside a form or when no field holds the draft', () => {
    const { editor, attempt } = page('<input type="hidden" name="token" value="a81f">');
    expect(draftCopies(attempt, editor, 'Thanks for waiting.', new Map())).toEqual([]);
    document.body.innerHTML = '<div contenteditable="true" id="free"></div>';
    const free = document.getElementById('free')!;
    expect(draftCopies({ kind: 'key', event: new KeyboardEvent('keydown'), target: free }, free, 'Thanks.', new Map())).toEqual([]);
  });

  it('leaves out a copy unchanged since the agent started writing: an editor that copies only on submit', () => {
    const { editor, attempt } = page('<textarea name="body" style="display:none">&lt;p&gt;Thanks for waiting&lt;/p&gt;</textarea>');
    const atStart = hiddenFieldValues(editor);
    expect(draftCopies(attempt, editor, 'Thanks for waiting, the refund is on its way.', atStart)).toEqual([]);
    document.querySelector('textarea')!.value = '<p>Thanks for waiting, the refund</p>';
    expect(draftCopies(attempt, editor, 'Thanks for waiting, the refund is on its way.', atStart)).toHaveLength(1);
  });
});
