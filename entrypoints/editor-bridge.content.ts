import { defineContentScript } from 'wxt/utils/define-content-script';
import { serveEditorBridge } from '../src/editors/bridge/serve-editor-bridge';

/**
 * The editor bridge: runs in the page's main world, where editor objects such as CKEditor 5's live, and
 * replaces text through their APIs when the coach asks. Not in the manifest: the background injects it
 * into a frame the first time a fix there needs it.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  registration: 'runtime',
  world: 'MAIN',
  // Anonymous: a named IIFE would be a global variable of the page, and could overwrite one of its own.
  globalName: false,
  main() {
    serveEditorBridge(document);
  },
});
