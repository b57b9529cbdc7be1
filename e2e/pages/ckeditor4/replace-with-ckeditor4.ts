import { htmlToText } from '../html-to-text';

/** The few parts of CKEditor 4's API used here (the package ships no types). */
export interface Ckeditor4Editor {
  getData(): string;
  /** Replaces the content, rewriting the iframe's document (document.open); `callback` runs once the new content is ready. */
  setData(html: string, options?: { callback?: () => void }): void;
  on(event: 'instanceReady' | 'contentDom', listener: () => void): void;
  /** The editable: in classic mode the body of the iframe, re-created whenever the editor rewrites that document. */
  editable(): { setAttribute(name: string, value: string): void; addClass(name: string): void };
}

/** The page's `CKEDITOR` global. */
export interface Ckeditor4 {
  replace(element: HTMLTextAreaElement, config: Record<string, unknown>): Ckeditor4Editor;
  /** The editors on the page, by the id of the textarea each replaced. */
  instances: Record<string, Ckeditor4Editor>;
}

/** The iframe a classic CKEditor 4 edits in. */
export const ckeditor4FrameSelector = 'iframe.cke_wysiwyg_frame';

// build-pages copies CKEditor 4 to vendor/ckeditor4 beside Vite's assets/ folder, where this module's chunk is, after
// the build (so Vite is told not to look for it). Relative, since help-desk fixtures serve the pages under a path of the product's origin.
const scriptUrl = new URL(/* @vite-ignore */ '../vendor/ckeditor4/ckeditor.js', import.meta.url).href;

let loading: Promise<Ckeditor4> | undefined;

/** Loads CKEditor 4 the way a self-hosted install does, by a script tag: it finds its skin, language and styles from that script's address. */
function loadCkeditor4(): Promise<Ckeditor4> {
  loading ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = scriptUrl;
    script.addEventListener('load', () => resolve((window as unknown as { CKEDITOR: Ckeditor4 }).CKEDITOR));
    script.addEventListener('error', () => reject(new Error('CKEditor 4 did not load')));
    document.head.append(script);
  });
  return loading;
}

/**
 * Replaces a textarea with a classic CKEditor 4, as Salesforce's email composer does: the textarea is hidden and
 * the editor edits its content in an iframe. Resolves once the editor is ready.
 */
export async function replaceWithCkeditor4(textarea: HTMLTextAreaElement): Promise<Ckeditor4Editor> {
  const CKEDITOR = await loadCkeditor4();
  const editor = CKEDITOR.replace(textarea, {
    // No config.js or styles.js to fetch; 4.22.1 is the last open-source release, so no nagging about newer ones.
    customConfig: '',
    stylesSet: false,
    versionCheck: false,
    language: 'en',
    height: 200,
  });
  await new Promise<void>((resolve) => editor.on('instanceReady', resolve));
  return editor;
}

/**
 * The editor's data, as it would be sent, as text. CKEditor pretty-prints its data with a line break after each
 * block and <br>, which is layout of the HTML source, not text.
 */
export function readCkeditor4Text(editor: Ckeditor4Editor): string {
  return htmlToText(editor.getData().replace(/\n/g, ''));
}
