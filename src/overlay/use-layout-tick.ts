import { useEffect, useState } from 'preact/hooks';

/**
 * A number that changes whenever the page scrolls, resizes or the editor changes size, at most once a
 * frame: components that position themselves next to the editor re-render on it.
 */
export function useLayoutTick(editor: HTMLElement): number {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    let frame = 0;
    const schedule = (): void => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        setTick((value) => value + 1);
      });
    };
    const view = editor.ownerDocument.defaultView ?? window;
    view.addEventListener('scroll', schedule, { capture: true, passive: true, signal: controller.signal });
    view.addEventListener('resize', schedule, { passive: true, signal: controller.signal });
    const resizes = new ResizeObserver(schedule);
    resizes.observe(editor);
    return () => {
      controller.abort();
      resizes.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [editor]);
  return tick;
}
