import { browser } from 'wxt/browser';
import type { LoadEditorBridgeCStoBG } from '../../messages';
import { bridgeProtocolVersion, bridgeRequestEvent, bridgeResponseEvent, parseBridgeResponse, type BridgeAnswer, type BridgeRequest } from './bridge-protocol';

/** The bridge answers synchronously while the request is dispatched; this only covers a bridge that never loaded. */
const answerTimeoutMs = 1000;

let loading: Promise<boolean> | undefined;

/** Asks the background, once per frame, to inject the bridge into this frame's main world. */
function loadEditorBridge(): Promise<boolean> {
  loading ??= browser.runtime.sendMessage({ type: 'cs-bg-load-editor-bridge' } satisfies LoadEditorBridgeCStoBG).then(
    (loaded: unknown) => loaded === true,
    () => {
      loading = undefined;
      return false;
    },
  );
  return loading;
}

/**
 * Sends one request to the editor bridge in the page's main world and waits for its answer; null when
 * the bridge could not be loaded or did not answer in time.
 */
export async function askEditorBridge(root: HTMLElement, request: Omit<BridgeRequest, 'version' | 'id'>): Promise<BridgeAnswer | null> {
  if (!(await loadEditorBridge())) return null;
  const id = crypto.randomUUID();
  return new Promise((resolve) => {
    const controller = new AbortController();
    const finish = (answer: BridgeAnswer | null): void => {
      controller.abort();
      clearTimeout(timer);
      resolve(answer);
    };
    const timer = setTimeout(() => finish(null), answerTimeoutMs);
    root.addEventListener(
      bridgeResponseEvent,
      (event) => {
        const response = parseBridgeResponse((event as CustomEvent<unknown>).detail);
        if (response?.id === id) finish(response);
      },
      { signal: controller.signal },
    );
    const detail = JSON.stringify({ ...request, version: bridgeProtocolVersion, id } satisfies BridgeRequest);
    root.dispatchEvent(new CustomEvent(bridgeRequestEvent, { detail, composed: true }));
  });
}
