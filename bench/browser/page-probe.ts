/**
 * What the benchmark installs in the page's own (main) world before any script of the page runs: it records
 * key events, the coach's `tactful:underlines` User Timing marks (a content script's marks land in the page's
 * performance timeline) and long tasks. The extension's scripts run in an isolated world of the same page, so
 * nothing here is visible to them or changes what they do.
 */
export interface PageProbe {
  /** `timeStamp` of every keydown, on the page's performance clock. */
  keys: number[];
  /** `startTime` of every `tactful:underlines` mark. */
  marks: number[];
  longTasks: Array<{ start: number; duration: number }>;
  /** Resolves with the first mark after the last keydown, or null after `timeoutMs`. */
  underlinesAfterLastKey(timeoutMs: number): Promise<{ key: number; mark: number } | null>;
  /**
   * Focuses the reply box and resolves once the overlay's badge shows a count: milliseconds from focus, and the count.
   * Both moments are labelled in Chromium's trace too (`console.timeStamp`): `focusStamp`, then `badgeStamp`.
   */
  focusUntilBadge(selector: string, timeoutMs: number): Promise<{ ms: number; count: number } | null>;
  /**
   * Resolves with the badge's count once the draft is coached: a count, no analysis still running (`data-checking`),
   * and no underlines update for `quietMs`; null after `timeoutMs`.
   */
  settledCount(timeoutMs: number, quietMs: number): Promise<number | null>;
  /** Puts the caret at the very end of the reply box's text. */
  caretAtEnd(selector: string): void;
  /** Puts the caret right after a letter about `fraction` of the way through the draft's body. */
  placeCaret(selector: string, fraction: number): void;
  /** Resolves after `frames` animation frames: lets renders and effects scheduled by the last action settle. */
  frames(frames: number): Promise<void>;
}

declare global {
  interface Window {
    benchProbe: PageProbe;
    loadDraft(text: string): void;
  }
}

/** The trace labels of the focus and of the badge showing its count. */
export const focusStamp = 'tactful-bench:focus';
export const badgeStamp = 'tactful-bench:badge';

/** Runs in the page (serialised by Playwright's addInitScript), so it uses nothing from this module's scope but its labels. */
export function installPageProbe({ focusStamp, badgeStamp }: { focusStamp: string; badgeStamp: string }): void {
  const keys: number[] = [];
  const marks: number[] = [];
  const longTasks: Array<{ start: number; duration: number }> = [];
  addEventListener('keydown', (event) => keys.push(event.timeStamp), true);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'tactful:underlines') marks.push(entry.startTime);
  }).observe({ type: 'mark' });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask' });

  const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

  const probe: PageProbe = {
    keys,
    marks,
    longTasks,
    async underlinesAfterLastKey(timeoutMs) {
      const key = keys[keys.length - 1];
      if (key === undefined) return null;
      const deadline = performance.now() + timeoutMs;
      while (performance.now() < deadline) {
        const mark = marks.find((time) => time >= key);
        if (mark !== undefined) return { key, mark };
        await wait(2);
      }
      return null;
    },
    focusUntilBadge(selector, timeoutMs) {
      const editor = document.querySelector<HTMLElement>(selector);
      if (!editor) throw new Error(`no ${selector}`);
      return new Promise((resolve) => {
        let started = 0;
        let watchedRoot: ShadowRoot | null = null;
        const done = (result: { ms: number; count: number } | null): void => {
          observer.disconnect();
          clearTimeout(timer);
          resolve(result);
        };
        const check = (): void => {
          const root = document.querySelector('tactful-overlay')?.shadowRoot ?? null;
          if (root && root !== watchedRoot) {
            watchedRoot = root;
            observer.observe(root, { childList: true, subtree: true, attributes: true });
          }
          const badge = root?.querySelector<HTMLElement>('[data-testid=tactful-badge][data-count]');
          if (!badge) return;
          console.timeStamp(badgeStamp);
          done({ ms: performance.now() - started, count: Number(badge.dataset.count) });
        };
        const observer = new MutationObserver(check);
        observer.observe(document.documentElement, { childList: true });
        const timer = setTimeout(() => done(null), timeoutMs);
        started = performance.now();
        console.timeStamp(focusStamp);
        editor.focus();
        check();
      });
    },
    async settledCount(timeoutMs, quietMs) {
      const deadline = performance.now() + timeoutMs;
      while (performance.now() < deadline) {
        const badge = document.querySelector('tactful-overlay')?.shadowRoot?.querySelector<HTMLElement>('[data-testid=tactful-badge][data-count]');
        const lastMark = marks[marks.length - 1] ?? 0;
        if (badge && !badge.hasAttribute('data-checking') && performance.now() - lastMark >= quietMs) return Number(badge.dataset.count);
        await wait(50);
      }
      return null;
    },
    caretAtEnd(selector) {
      const editor = document.querySelector<HTMLElement>(selector);
      if (!editor) throw new Error(`no ${selector}`);
      editor.focus();
      if (editor instanceof HTMLTextAreaElement) editor.setSelectionRange(editor.value.length, editor.value.length);
      else getSelection()?.collapse(editor, editor.childNodes.length);
    },
    placeCaret(selector, fraction) {
      const editor = document.querySelector<HTMLElement>(selector);
      if (!editor) throw new Error(`no ${selector}`);
      const isLetter = (char: string | undefined): boolean => char !== undefined && /\p{L}/u.test(char);
      // The body: from after the greeting's blank line to before the sign-off's.
      const afterLetter = (text: string, from: number, end: number): number => {
        for (let i = Math.max(from, 1); i < end; i++) if (isLetter(text[i - 1])) return i;
        return end;
      };
      if (editor instanceof HTMLTextAreaElement) {
        const text = editor.value;
        const start = text.indexOf('\n\n') + 2;
        const end = text.lastIndexOf('\n\n');
        const offset = afterLetter(text, start + Math.floor(fraction * (end - start)), end);
        editor.setSelectionRange(offset, offset);
        return;
      }
      const lines = [...editor.children].filter((block) => (block.textContent ?? '').length > 20);
      const line = lines[Math.min(lines.length - 1, Math.floor(fraction * lines.length))];
      const node = line?.firstChild;
      if (!(node instanceof Text)) throw new Error('no line of text to type in');
      const within = (fraction * lines.length) % 1;
      const offset = afterLetter(node.data, Math.floor(within * node.data.length), node.data.length);
      getSelection()?.collapse(node, offset);
    },
    async frames(count) {
      for (let i = 0; i < count; i++) await new Promise(requestAnimationFrame);
    },
  };
  window.benchProbe = probe;
}
