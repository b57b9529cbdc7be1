// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readEditableText } from './read-editable-text';
import { withWholeTextRange } from './whole-text-range';

describe('withWholeTextRange', () => {
  it('keeps the ranges of text that has nodes to map', () => {
    document.body.innerHTML = '<div><p>Hi Dana</p></div>';
    const root = document.querySelector('div')!;
    expect(withWholeTextRange(root, readEditableText(root)).rangeAt(3, 7)?.toString()).toBe('Dana');
  });

  it('covers all of an emptied box for the whole draft, and nothing else', () => {
    document.body.innerHTML = '<div><p><br></p></div>';
    const root = document.querySelector('div')!;
    const text = withWholeTextRange(root, readEditableText(root));
    const range = text.rangeAt(0, text.text.length)!;
    expect(range.startContainer).toBe(root);
    expect(range.endOffset).toBe(root.childNodes.length);
    expect(text.rangeAt(0, 0) === null || text.text.length === 0).toBe(true);
  });
});
