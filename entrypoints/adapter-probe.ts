import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { recognisePage } from '../src/adapters/recognise-page';
import type { AdapterLabel } from '../src/messages';

/**
 * The popup's page probe: injected into every frame of the tab when the popup opens, it names the adapter that
 * recognises the frame's page, so the popup can tell before the coach is loaded. It carries page recognition
 * only, not the adapters' reading code, and keeps nothing running.
 */
export default defineUnlistedScript({
  // Anonymous: the script's last value is what executeScript returns, and no global is left in the frame.
  globalName: false,
  main(): AdapterLabel {
    const { id, name } = recognisePage(location, document);
    return { id, name };
  },
});
