import type { CDPSession, Page } from 'playwright-core';

/** A task the page's renderer main thread ran, on the trace's clock (microseconds). */
export interface MainThreadTask {
  start: number;
  duration: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; message?: string; data?: { frames?: Array<{ processId?: number; url?: string }>; message?: string } };
}

export interface MainThreadTrace {
  /** Ends the trace and returns the main thread's tasks of the page's renderer, with its `console.timeStamp` labels. */
  stop(): Promise<{ tasks: MainThreadTask[]; stamps: Map<string, number> }>;
}

/**
 * Chromium's own trace of a page's renderer main thread (`RunTask` on `CrRendererMain`), over CDP. Unlike a
 * long-task observer in the page, it sees work in every world of the page, the isolated world the coach is
 * injected into included. The page labels moments with `console.timeStamp(label)`, which land in the trace.
 */
export async function startMainThreadTrace(page: Page): Promise<MainThreadTrace> {
  const session: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await session.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,__metadata', transferMode: 'ReportEvents' });
  const pageUrl = page.url();
  return {
    async stop() {
      const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
      await session.send('Tracing.end');
      await complete;
      await session.detach();
      const pid = rendererOf(events, pageUrl);
      const main = events.find((event) => event.ph === 'M' && event.name === 'thread_name' && event.pid === pid && event.args?.name === 'CrRendererMain');
      if (!main) throw new Error(`no renderer main thread in the trace for ${pageUrl}`);
      const onMain = events.filter((event) => event.pid === pid && event.tid === main.tid);
      const tasks = onMain.filter((event) => event.name === 'RunTask' && event.ph === 'X').map((event) => ({ start: event.ts, duration: event.dur ?? 0 }));
      const stamps = new Map<string, number>();
      for (const event of onMain) {
        const label = event.name === 'TimeStamp' ? event.args?.data?.message : undefined;
        if (label !== undefined && !stamps.has(label)) stamps.set(label, event.ts);
      }
      return { tasks, stamps };
    },
  };
}

/** The renderer process that draws the page: named by the trace's list of frames and their processes. */
function rendererOf(events: readonly TraceEvent[], pageUrl: string): number {
  const origin = new URL(pageUrl).origin;
  for (const event of events) {
    for (const frame of event.args?.data?.frames ?? []) if (frame.processId !== undefined && frame.url?.startsWith(origin)) return frame.processId;
  }
  throw new Error(`the trace names no renderer for ${pageUrl}`);
}

/** The longest task that overlaps the span from `from` to `to` (trace microseconds), in milliseconds. */
export function longestTaskBetween(tasks: readonly MainThreadTask[], from: number, to: number): number {
  const overlapping = tasks.filter((task) => task.start <= to && task.start + task.duration >= from);
  return Math.max(0, ...overlapping.map((task) => task.duration)) / 1000;
}
