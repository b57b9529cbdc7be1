import type { BenchBrowser } from './browsers';

/** Chrome's own counters for one page, from CDP `Performance.getMetrics`. */
export interface PageMetrics {
  /** Time spent running JavaScript in the page's renderer (all worlds, content scripts included), ms. */
  scriptMs: number;
  /** Time spent in all tasks of the renderer's main thread (script, style, layout, parsing), ms. */
  taskMs: number;
  /** JavaScript heap in use after a garbage collection, bytes (the page's V8 isolate: content scripts included). */
  heapUsed: number;
}

/**
 * Loads the article page (no reply box) in a new tab and reads the renderer's counters after the load and an
 * idle second, after a garbage collection. `Performance.enable` is sent before the navigation, so the counters
 * cover the whole load; the same page is measured the same way with and without the extension.
 */
export async function measureArticleLoad(browser: BenchBrowser, url: string): Promise<PageMetrics> {
  const page = await browser.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(`${url}/article.html`, { waitUntil: 'load' });
  await page.waitForTimeout(1_000);
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string): number => {
    const found = metrics.find((candidate) => candidate.name === name);
    if (!found) throw new Error(`no ${name} in Performance.getMetrics`);
    return found.value;
  };
  await cdp.detach();
  await page.close();
  return { scriptMs: metric('ScriptDuration') * 1000, taskMs: metric('TaskDuration') * 1000, heapUsed: metric('JSHeapUsedSize') };
}
