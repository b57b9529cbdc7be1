/*
 * npx tsx bench/browser/fix-methods.ts [page ...]: which way of replacing a phrase each real editor takes into
 * its own model with a clean undo, to choose the order the coach tries them in for editors it does not know
 * (src/editors/strategies/unknown-editor.ts). For every editor page of the browser tests and every method, in
 * Chromium without the extension: type a draft, send the method from the page's world (as the editor bridge
 * does) over the flagged phrase, then press Ctrl+Z once and type on. Prints one line per page and method.
 * A measurement, not a test: it fails only when it cannot measure.
 */
import type { Frame, Page } from 'playwright-core';
import { buildPages } from '../../e2e/support/build-pages';
import { fixedDraft, riskyDraft } from '../../e2e/support/editor-flow';
import { servePages } from '../../e2e/support/serve-pages';
import { launchBenchBrowser } from './browsers';
import '../../e2e/pages/fixture-api';

const methods = ['replacement-input', 'text-input', 'paste', 'exec-command'] as const;
type Method = (typeof methods)[number];

const allPages = ['contenteditable', 'prosemirror', 'tiptap', 'ckeditor5', 'ckeditor4', 'quill', 'draftjs', 'lexical', 'slate', 'tinymce', 'summernote', 'froala', 'roosterjs', 'merging-editor'];
const phrase = 'as I already said';
const suggestion = 'to recap';
/** Quill folds changes within 1 s of typing into its undo step: every method gets the same pause, so none is favoured. */
const pauseAfterTypingMs = 1100;

/** Selects the phrase, waits for the editor to see the selection, and sends one method; true when the editor took it. */
async function sendMethod(frame: Frame, method: Method): Promise<boolean | null> {
  return frame.evaluate(
    async ({ method, phrase, suggestion }) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let node = walker.nextNode() as Text | null;
      while (node && !(node.data.includes(phrase) && node.parentElement?.closest('[contenteditable="true"]'))) node = walker.nextNode() as Text | null;
      if (!node) return null;
      const editor = node.parentElement!.closest<HTMLElement>('[contenteditable="true"]')!;
      const range = document.createRange();
      range.setStart(node, node.data.indexOf(phrase));
      range.setEnd(node, node.data.indexOf(phrase) + phrase.length);
      editor.focus();
      const seen = new Promise((resolve) => {
        document.addEventListener('selectionchange', resolve, { once: true });
        setTimeout(resolve, 300);
      });
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      await seen;
      await new Promise((resolve) => setTimeout(resolve, 0));
      const transfer = new DataTransfer();
      transfer.setData('text/plain', suggestion);
      const targetRanges = [new StaticRange(range)];
      const init = { bubbles: true, cancelable: true, composed: true };
      if (method === 'replacement-input') return !editor.dispatchEvent(new InputEvent('beforeinput', { ...init, inputType: 'insertReplacementText', dataTransfer: transfer, targetRanges }));
      if (method === 'text-input') return !editor.dispatchEvent(new InputEvent('beforeinput', { ...init, inputType: 'insertText', data: suggestion, targetRanges }));
      if (method === 'paste') return !editor.dispatchEvent(new ClipboardEvent('paste', { ...init, clipboardData: transfer }));
      return document.execCommand('insertText', false, suggestion);
    },
    { method, phrase, suggestion },
  );
}

async function editorFrame(page: Page): Promise<Frame> {
  const selector = await page.evaluate(() => window.fixture!.frameSelector);
  if (!selector) return page.mainFrame();
  const frame = await (await page.waitForSelector(selector)).contentFrame();
  if (!frame) throw new Error(`${selector} has no frame`);
  return frame;
}

/** What became of the draft: after the method, after one Ctrl+Z, after typing on at the end. */
function describe(took: boolean | null, fixed: string, undone: string, typed: string): string {
  if (took === null) return 'phrase not found';
  const fix = fixed === fixedDraft ? 'fixed' : fixed === riskyDraft ? 'ignored' : `wrong ${JSON.stringify(fixed)}`;
  const undo = undone === riskyDraft ? 'undo restores' : undone === fixedDraft ? 'undo did nothing' : `undo leaves ${JSON.stringify(undone)}`;
  const typing = typed.endsWith(' Thanks!') ? 'typing goes on' : `typing gives ${JSON.stringify(typed)}`;
  return `${took ? 'taken' : 'left alone'}, ${fix}; ${fix === 'fixed' ? `${undo}; ${typing}` : ''}`;
}

const pages = process.argv.slice(2).length > 0 ? process.argv.slice(2) : allPages;
await buildPages();
const server = await servePages();
const browser = await launchBenchBrowser(false);
try {
  for (const name of pages) {
    for (const method of methods) {
      const page = await browser.newPage();
      await page.goto(`${server.url}/${name}/index.html`);
      await page.waitForFunction(() => window.fixture !== undefined);
      await page.click(await page.evaluate(() => window.fixture!.inputSelector));
      await page.keyboard.type(riskyDraft, { delay: 5 });
      await page.waitForTimeout(pauseAfterTypingMs);
      const took = await sendMethod(await editorFrame(page), method);
      await page.waitForTimeout(300);
      const fixed = await page.evaluate(() => window.fixture!.readModel());
      await page.keyboard.press('Control+z');
      await page.waitForTimeout(300);
      const undone = await page.evaluate(() => window.fixture!.readModel());
      await page.keyboard.press('End');
      await page.keyboard.type(' Thanks!');
      await page.waitForTimeout(200);
      const typed = await page.evaluate(() => window.fixture!.readModel());
      process.stdout.write(`${name.padEnd(16)} ${method.padEnd(18)} ${describe(took, fixed, undone, typed)}\n`);
      await page.close();
    }
  }
  if (browser.errors.length > 0) process.stdout.write(`page errors:\n${[...new Set(browser.errors)].join('\n')}\n`);
} finally {
  await browser.close();
  await server.close();
}
