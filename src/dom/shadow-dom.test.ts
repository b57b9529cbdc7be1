// @vitest-environment happy-dom
import { expect, it } from 'vitest';
import { closestAcrossShadows } from './closest-across-shadows';
import { hostInDocument } from './host-in-document';

/** <outer-box class="marked"> holding <inner-box> in its shadow root, holding a <p> in its own. */
function nestedShadows(): { outer: HTMLElement; inner: HTMLElement; paragraph: HTMLElement } {
  document.body.innerHTML = '<section class="marked"><outer-box></outer-box></section>';
  const outer = document.querySelector<HTMLElement>('outer-box')!;
  outer.attachShadow({ mode: 'open' }).innerHTML = '<div class="inside"><inner-box></inner-box></div>';
  const inner = outer.shadowRoot!.querySelector<HTMLElement>('inner-box')!;
  inner.attachShadow({ mode: 'open' }).innerHTML = '<p>Hi</p>';
  return { outer, inner, paragraph: inner.shadowRoot!.querySelector('p')! };
}

it('finds ancestors past every shadow root, nearest first', () => {
  const { outer, paragraph } = nestedShadows();
  expect(closestAcrossShadows(paragraph, 'p')).toBe(paragraph);
  expect(closestAcrossShadows(paragraph, '.inside')).toBe(outer.shadowRoot!.querySelector('.inside'));
  expect(closestAcrossShadows(paragraph, '.marked')).toBe(document.querySelector('section'));
  expect(closestAcrossShadows(paragraph, 'article')).toBeNull();
});

it("places an element of a shadow tree at its outermost host's place in the document", () => {
  const { outer, inner, paragraph } = nestedShadows();
  expect(hostInDocument(paragraph)).toBe(outer);
  expect(hostInDocument(inner)).toBe(outer);
  expect(hostInDocument(outer)).toBe(outer);
});
