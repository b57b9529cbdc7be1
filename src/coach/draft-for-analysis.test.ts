// @vitest-environment happy-dom
import { afterEach, expect, it } from 'vitest';
import { analyzeDraft } from '../analysis/index';
import { genericAdapter } from '../adapters/generic';
import { readEditorText } from '../editors/read-editor-text';
import { draftForAnalysis, exclusionRanges } from './draft-for-analysis';

afterEach(() => {
  document.body.innerHTML = '';
});

function editor(html: string): HTMLElement {
  document.body.innerHTML = `<div contenteditable="true" id="reply">${html}</div>`;
  return document.getElementById('reply')!;
}

it("turns quoted history and a signature into the draft's text ranges and blanks them, keeping offsets and line breaks", () => {
  const box = editor('<p>Sorry about the delay.</p><div class="moz-signature">-- <br>Acme Support</div><blockquote type="cite"><p>Calm down, you did not attach the file.</p><p>Second line</p></blockquote>');
  const text = readEditorText(box);
  expect(text.text).toBe('Sorry about the delay.\n-- \nAcme Support\nCalm down, you did not attach the file.\nSecond line');
  const exclusions = genericAdapter.draftExclusions(box);
  const ranges = exclusionRanges(text, exclusions);
  // The signature and the quote touch (a line break apart), so they merge into one range running to the end.
  expect(ranges).toEqual([{ start: 23, end: text.text.length }]);
  const draft = draftForAnalysis(text, exclusions);
  expect(draft).toHaveLength(text.text.length);
  expect(draft).toBe(`Sorry about the delay.\n${' '.repeat(3)}\n${' '.repeat(12)}\n${' '.repeat(39)}\n${' '.repeat(11)}`);
});

it('keeps findings outside the exclusions at their offsets in the real draft, and finds none inside them', () => {
  const box = editor('<p>Hi Dana,</p><blockquote><p>As I already said, calm down.</p></blockquote><p>As I already said, the refund is on its way.</p>');
  const text = readEditorText(box);
  const analysis = analyzeDraft(draftForAnalysis(text, genericAdapter.draftExclusions(box)));
  expect(analysis.findings.map((finding) => finding.text)).toEqual(['As I already said']);
  const [finding] = analysis.findings;
  expect(text.text.slice(finding!.start, finding!.end)).toBe('As I already said');
  expect(finding!.start).toBe(text.text.lastIndexOf('As I already said'));
  expect(analyzeDraft(text.text).findings).toHaveLength(3);
});

it('blanks an exclusion in the middle of a paragraph, surrogate pairs included, at the same length', () => {
  const box = editor('<p>Thanks 👍 <span data-signature>Jo 🙂 Acme</span> then more</p>');
  const text = readEditorText(box);
  const draft = draftForAnalysis(text, [box.querySelector<HTMLElement>('[data-signature]')!]);
  expect(draft).toBe(`Thanks 👍 ${' '.repeat('Jo 🙂 Acme'.length)} then more`);
});

it('leaves the draft as it is without exclusions, in a textarea, and for elements outside the editor', () => {
  document.body.innerHTML = '<textarea id="reply">Calm down.</textarea><blockquote id="outside">Quoted</blockquote>';
  const textarea = document.getElementById('reply') as HTMLTextAreaElement;
  const text = readEditorText(textarea);
  expect(draftForAnalysis(text, [])).toBe('Calm down.');
  expect(exclusionRanges(text, [document.getElementById('outside')!])).toEqual([]);
  const box = editor('<p>Calm down.</p>');
  const outside = document.createElement('blockquote');
  outside.textContent = 'elsewhere';
  document.body.append(outside);
  expect(draftForAnalysis(readEditorText(box), [outside])).toBe('Calm down.');
});
