// @vitest-environment happy-dom
import { expect, it } from 'vitest';
import { readMessageText } from './read-message-text';

function body(markup: string): HTMLElement {
  document.body.innerHTML = `<div id="body">${markup}</div>`;
  return document.getElementById('body')!;
}

it('keeps paragraphs and line breaks, collapses spaces', () => {
  expect(readMessageText(body('<p>One   two</p><p>three<br>four</p>'))).toBe('One two\n\nthree\nfour');
});

it('leaves out quotes, signatures, hidden parts and everything from the start of quoted history', () => {
  expect(readMessageText(body('<p>Mine.</p><blockquote>quoted</blockquote><p>Also mine.</p><div class="gmail_signature">Sig</div><span hidden>x</span>'))).toBe('Mine.\n\nAlso mine.');
  expect(readMessageText(body('<p>Mine.</p><div id="x_divRplyFwdMsg">From: a</div><p>old mail</p>'))).toBe('Mine.');
  expect(readMessageText(body('<p>Mine.</p><p>On Mon, 3 Jun 2024 at 10:02, Acme &lt;a@acme.com&gt; wrote:</p><p>old mail</p>'))).toBe('Mine.');
  expect(readMessageText(body('Mine.<br>&gt; quoted line<br>More.'))).toBe('Mine.\n\nMore.');
});

it('reads markup in the page as text, never as HTML', () => {
  expect(readMessageText(body('<p>&lt;img src=x onerror=alert(1)&gt;</p>'))).toBe('<img src=x onerror=alert(1)>');
});
