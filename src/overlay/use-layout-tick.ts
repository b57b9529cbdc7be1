import { useEffect, useState } from 'preact/hooks';

/**
 * A number that changes, at most once a frame, whenever the editor may have moved or re-flowed: the page
 * or any element scrolls, the window resizes or zooms, the editor changes size, web fonts finish loading,
 * or the page's layout changes (nodes added or removed, classes and styles switched). Components that
 * position themselves against the editor's text re-render on it.
 */
export function useLayoutTick(editor: HTMLElement): number {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    const document = editor.ownerDocument;
    const view = document.defaultView ?? window;
    let frame = 0;
    const schedule = (): void => {
      if (frame) return;
      frame = view.requestAnimationFrame(() => {
        frame = 0;
        setTick((value) => value + 1);
      });
    };
    view.addEventListener('scroll', schedule, { capture: true, passive: true, signal });
    view.addEventListener('resize', schedule, { passive: true, signal });
    view.visualViewport?.addEventListener('resize', schedule, { passive: true, signal });
    document.fonts?.addEventListener('loadingdone', schedule, { signal });
    const resizes = new ResizeObserver(schedule);
    resizes.observe(editor);
    if (document.body) resizes.observe(document.body);
    // The overlay lives in a shadow root outside <body>, so its own renders never trigger this observer.
    const mutations = new MutationObserver(schedule);
    mutations.observe(document.documentElement, { attributes: true, attributeFilter: ['class', 'style'] });
    if (document.body) mutations.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'style'] });
    // Neither mutations nor scrolling inside a shadow tree reach the document: an editor there is watched in its own tree.
    const root = editor.getRootNode();
    if (root instanceof ShadowRoot) {
      root.addEventListener('scroll', schedule, { capture: true, passive: true, signal });
      mutations.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'style'] });
    }
    return () => {
      controller.abort();
      resizes.disconnect();
      mutations.disconnect();
      if (frame) view.cancelAnimationFrame(frame);
    };
  }, [editor]);
  return tick;
}
