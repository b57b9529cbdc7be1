import { editorMounts } from '../../editor-mounts/editor-mounts';
import type { MountedEditor } from '../../editor-mounts/mount-editor';
import { exposeFixture } from '../fixture-api';

/** The reply box the fixture expects the adapter to find: the one the tests type into and read back. */
const replyBoxSelector = '[data-expect~="reply-box"]';

/**
 * Added to a help-desk fixture page: mounts the product's real editor, named by the page's `tactful:editor` meta,
 * on every editable of the page (hidden ones too, such as another ticket's tab). `window.fixture` appears once
 * all are mounted, which is what the tests wait for, and reads the expected reply box's model.
 */
async function mountProductEditor(): Promise<void> {
  const editor = document.querySelector<HTMLMetaElement>('meta[name="tactful:editor"]')?.content ?? '';
  const load = editorMounts[editor];
  if (!load) throw new Error(`the fixture's editor "${editor}" has no mount module in e2e/editor-mounts/editor-mounts.ts`);
  const { default: mount } = await load();

  let replyBox: MountedEditor | undefined;
  for (const placeholder of editorPlaceholders(editor)) {
    const expected = placeholder.matches(replyBoxSelector);
    const mounted = await mount(placeholder);
    if (expected) replyBox = mounted;
  }
  if (!replyBox) throw new Error(`no ${replyBoxSelector} among the editables of the "${editor}" editor`);
  const { readModel, frameSelector } = replyBox;
  exposeFixture({ editor, inputSelector: replyBoxSelector, readModel, frameSelector });
}

/** Editors that take the place of a textarea (CKEditor 4 replaces the composer's textarea with its iframe). */
const textareaEditors = new Set(['textarea', 'ckeditor4']);

/** The static page's editables the editor replaces: its textareas, or its contenteditable roots. */
function editorPlaceholders(editor: string): HTMLElement[] {
  if (textareaEditors.has(editor)) return [...document.querySelectorAll('textarea')];
  return [...document.querySelectorAll<HTMLElement>('[contenteditable="true"]')].filter((element) => !element.parentElement?.closest('[contenteditable="true"]'));
}

void mountProductEditor();
