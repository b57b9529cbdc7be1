import type { Page } from 'playwright-core';

/** One task of the page's renderer main thread, or an event inside one, in milliseconds on the trace's clock. */
export interface RendererTask {
  start: number;
  duration: number;
}

/** An event inside a task: `FunctionCall` (a script's callback), `EventDispatch` with the DOM event's type, ... */
export interface RendererEvent extends RendererTask {
  name: string;
  type: string | undefined;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { frames?: Array<{ processId?: number; url?: string }>; message?: string; type?: string } };
}

export interface RendererTrace {
  /**
   * Ends the trace: every task of the page's renderer main thread, the events inside them, and the trace time of
   * each `console.timeStamp` label (its last).
   */
  stop(): Promise<{ tasks: RendererTask[]; events: RendererEvent[]; stamps: Map<string, number> }>;
}

/**
 * Chromium's trace of the page's renderer main thread (`RunTask` events on `CrRendererMain`), over CDP. A long-task
 * observer in the page misses work of the extension's isolated world; the trace sees every task, whoever runs it.
 * The page marks moments with `console.timeStamp(label)`, which the trace records on the same clock.
 */
export async function traceRenderer(page: Page): Promise<RendererTrace> {
  const session = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await session.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,__metadata', transferMode: 'ReportEvents' });
  const origin = new URL(page.url()).origin;
  return {
    async stop() {
      const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
      await session.send('Tracing.end');
      await complete;
      await session.detach();
      const pid = events.flatMap((event) => event.args?.data?.frames ?? []).find((frame) => frame.url?.startsWith(origin) && frame.processId !== undefined)?.processId;
      const main = events.find((event) => event.ph === 'M' && event.name === 'thread_name' && event.pid === pid && event.args?.name === 'CrRendererMain');
      if (!main) throw new Error(`the trace shows no renderer main thread for ${origin}`);
      const onMain = events.filter((event) => event.pid === main.pid && event.tid === main.tid);
      const tasks = onMain.filter((event) => event.name === 'RunTask' && event.ph === 'X').map((event) => ({ start: event.ts / 1000, duration: (event.dur ?? 0) / 1000 }));
      const inside = onMain
        .filter((event) => event.ph === 'X' && event.name !== 'RunTask')
        .map((event) => ({ name: event.name, type: event.args?.data?.type, start: event.ts / 1000, duration: (event.dur ?? 0) / 1000 }));
      const stamps = new Map<string, number>();
      for (const event of onMain) if (event.name === 'TimeStamp' && event.args?.data?.message) stamps.set(event.args.data.message, event.ts / 1000);
      return { tasks, events: inside, stamps };
    },
  };
}

/** The longest task overlapping [from, to] (trace milliseconds), 0 when none does. */
export function longestTask(tasks: readonly RendererTask[], from: number, to: number): number {
  return Math.max(0, ...tasks.filter((task) => task.start <= to && task.start + task.duration >= from).map((task) => task.duration));
}

/** Whether `inner` lies within `outer`. */
export function within(inner: RendererTask, outer: RendererTask): boolean {
  return inner.start >= outer.start && inner.start + inner.duration <= outer.start + outer.duration;
}
