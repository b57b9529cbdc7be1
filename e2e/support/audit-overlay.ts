import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface OverlayAudit {
  /** Serious and critical violations, as "rule: target (help)". */
  violations: string[];
  /** The rules that passed on at least one element of the overlay: proof that the audit saw it. */
  passed: string[];
}

/**
 * axe-core's WCAG 2.1 A and AA rules run in the page on the overlay's shadow root content only (the fixture page's
 * own faults are not Tactful's). axe lays out only what is inside `<body>` (its colour-contrast grid starts there)
 * and the overlay's host sits on `<html>`, so every contrast check would come back undetermined: the host is moved
 * into `<body>` for the audit (the same fixed box over the whole viewport) and put back, with the focus where it was.
 */
export async function auditOverlay(where: Page | Frame): Promise<OverlayAudit> {
  if (!(await where.evaluate(() => 'axe' in window))) await where.addScriptTag({ path: axePath });
  const results = (await where.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const host = document.querySelector('tactful-overlay')!;
    const focused = host.shadowRoot!.activeElement as HTMLElement | null;
    const [parent, next] = [host.parentNode!, host.nextSibling];
    document.body.append(host);
    try {
      return await axe.run({ include: [{ fromShadowDom: ['tactful-overlay', '[data-testid=tactful-editor-overlay]'] }] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations', 'passes'] });
    } finally {
      parent.insertBefore(host, next);
      focused?.focus({ preventScroll: true });
    }
  })) as AxeResults;
  return {
    violations: results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${JSON.stringify(node.target)} (${node.failureSummary?.replace(/\s+/g, ' ')})`)),
    passed: results.passes.filter((pass) => pass.nodes.length > 0).map((pass) => pass.id),
  };
}
