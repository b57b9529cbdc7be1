// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readEditableText } from './read-editable-text';

function editor(markup: string): HTMLElement {
  document.body.innerHTML = `<div id="root" contenteditable="true">${markup}</div>`;
  return document.getElementById('root')!;
}

describe('readEditableText', () => {
  it('joins paragraphs and line breaks with "\\n"', () => {
    const root = editor('<p>Hi Dana,</p><p>Thanks for <b>waiting</b>.<br>More soon.</p><p>Sam</p>');
    expect(readEditableText(root).text).toBe('Hi Dana,\nThanks for waiting.\nMore soon.\nSam');
  });

  it('does not count the trailing break that keeps an empty paragraph open', () => {
    const root = editor('<p>One</p><p><br></p><p>Two</p>');
    expect(readEditableText(root).text).toBe('One\n\nTwo');
  });

  it('maps text offsets to DOM ranges across inline formatting', () => {
    const root = editor('<p>As I <i>already</i> said, no.</p>');
    const text = readEditableText(root);
    const start = text.text.indexOf('I already');
    const range = text.rangeAt(start, start + 'I already'.length)!;
    expect(range.toString()).toBe('I already');
  });

  it('maps DOM positions back to text offsets', () => {
    const root = editor('<p>First</p><p>Second line</p>');
    const text = readEditableText(root);
    const second = root.querySelectorAll('p')[1]!.firstChild!;
    expect(text.offsetAt(second, 3)).toBe(text.text.indexOf('Second') + 3);
    expect(text.offsetAt(document.body, 0)).toBeNull();
  });

  it('gives no offset once the editor replaced the nodes it was read from', () => {
    const root = editor('<p>First</p><p>Second line</p>');
    const text = readEditableText(root);
    root.querySelector('p')!.replaceChildren('First, again');
    expect(text.offsetAt(root.querySelectorAll('p')[1]!, 0)).toBeNull();
  });

  it('skips scripts and styles', () => {
    const root = editor('<p>Visible</p><style>.x{}</style><script>var a;</script>');
    expect(readEditableText(root).text).toBe('Visible');
  });
});
