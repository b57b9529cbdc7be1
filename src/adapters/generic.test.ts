// @vitest-environment happy-dom
import { expect, it } from 'vitest';
import { genericAdapter } from './generic';

it('reads the message before the shadow host of a reply box drawn in a shadow tree, not one after it', () => {
  document.body.innerHTML = `<article>Where is my refund? I asked twice already.</article><reply-composer></reply-composer>
    <article>Related articles: how refunds work and when they arrive.</article>`;
  const shadow = document.querySelector('reply-composer')!.attachShadow({ mode: 'open' });
  shadow.innerHTML = '<div contenteditable="true">Hi Dana,</div>';
  const thread = genericAdapter.thread(shadow.querySelector<HTMLElement>('[contenteditable]')!);
  expect(thread?.map((entry) => entry.body.textContent)).toEqual(['Where is my refund? I asked twice already.']);
});
