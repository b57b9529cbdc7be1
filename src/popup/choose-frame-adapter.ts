import type { AdapterLabel } from '../messages';

/**
 * The adapter to name for a tab, from what the page probe found in each of its frames: a product wins over the
 * generic adapter (a help desk may run inside a frame of a generic page, or hold generic frames), and the top frame's
 * product over another frame's. Null when no frame answered.
 */
export function chooseFrameAdapter(frames: ReadonlyArray<{ frameId: number; result?: AdapterLabel | null }>): AdapterLabel | null {
  const answers = frames.filter((frame) => frame.result).sort((a, b) => Number(b.frameId === 0) - Number(a.frameId === 0));
  return (answers.find((frame) => frame.result!.id !== 'generic') ?? answers[0])?.result ?? null;
}
