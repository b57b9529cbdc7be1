import type { Page } from 'playwright-core';

/*
 * Chromium's own trace of renderer main threads (`RunTask` events on `CrRendererMain`), over CDP. A long-task
 * observer in the page misses work of the extension's isolated world, where the coach runs; the trace sees every
 * task, whoever runs it. The page marks moments with `console.timeStamp(label)`, which the trace records on the same
 * clock. Used by the browser tests and by the browser benchmarks.
 */

/** One task of a renderer main thread, or an event inside one, in milliseconds on the trace's clock. */
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
   * each `console.timeStamp` label (its first).
   */
  stop(): Promise<{ tasks: RendererTask[]; events: RendererEvent[]; stamps: Map<string, number> }>;
}

/** Starts Chromium's trace of the page; `stop` ends it and gives every event recorded. */
async function startTrace(page: Page): Promise<{ stop(): Promise<TraceEvent[]> }> {
  const session = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await session.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,__metadata', transferMode: 'ReportEvents' });
  return {
    async stop() {
      const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
      await session.send('Tracing.end');
      await complete;
      await session.detach();
      return events;
    },
  };
}

/** The renderer main threads in the trace, as "pid:tid". */
function mainThreads(events: readonly TraceEvent[]): Set<string> {
  return new Set(events.filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain').map(threadOf));
}

const threadOf = (event: TraceEvent): string => `${event.pid}:${event.tid}`;
const isTask = (event: TraceEvent): boolean => event.name === 'RunTask' && event.ph === 'X';
const asTask = (event: TraceEvent): RendererTask => ({ start: event.ts / 1000, duration: (event.dur ?? 0) / 1000 });

/** Traces the main thread of the renderer that draws the page (named by the trace's list of frames and their processes). */
export async function traceRenderer(page: Page): Promise<RendererTrace> {
  const trace = await startTrace(page);
  const origin = new URL(page.url()).origin;
  return {
    async stop() {
      const events = await trace.stop();
      const pid = events.flatMap((event) => event.args?.data?.frames ?? []).find((frame) => frame.url?.startsWith(origin) && frame.processId !== undefined)?.processId;
      const main = [...mainThreads(events)].find((thread) => thread.startsWith(`${pid}:`));
      if (pid === undefined || !main) throw new Error(`the trace shows no renderer main thread for ${origin}`);
      const onMain = events.filter((event) => threadOf(event) === main);
      const inside = onMain
        .filter((event) => event.ph === 'X' && event.name !== 'RunTask')
        .map((event) => ({ ...asTask(event), name: event.name, type: event.args?.data?.type }));
      const stamps = new Map<string, number>();
      for (const event of onMain) {
        const label = event.name === 'TimeStamp' ? event.args?.data?.message : undefined;
        if (label !== undefined && !stamps.has(label)) stamps.set(label, event.ts / 1000);
      }
      return { tasks: onMain.filter(isTask).map(asTask), events: inside, stamps };
    },
  };
}

/** The durations (ms) of the tasks every renderer main thread ran while `during` ran, longest first. */
export async function mainThreadTasks(page: Page, during: () => Promise<void>): Promise<number[]> {
  const trace = await startTrace(page);
  let events: TraceEvent[] = [];
  try {
    await during();
  } finally {
    events = await trace.stop();
  }
  const threads = mainThreads(events);
  return events
    .filter((event) => isTask(event) && threads.has(threadOf(event)))
    .map((event) => asTask(event).duration)
    .sort((a, b) => b - a);
}

/** The longest task overlapping [from, to] (trace milliseconds), 0 when none does. */
export function longestTask(tasks: readonly RendererTask[], from: number, to: number): number {
  return Math.max(0, ...tasks.filter((task) => task.start <= to && task.start + task.duration >= from).map((task) => task.duration));
}

/** Whether `inner` lies within `outer`. */
export function within(inner: RendererTask, outer: RendererTask): boolean {
  return inner.start >= outer.start && inner.start + inner.duration <= outer.start + outer.duration;
}
