import type { Severity } from '../analysis/types';
import type { Theme } from './page-theme';
import { severities, severityWeight } from '../analysis/rules/severities';

export { severities };
export const themes: readonly Theme[] = ['light', 'dark'];

/**
 * The name of the CSS highlight underlining findings of one severity on one kind of page. The highlight
 * registry is shared with the page's own scripts, so every name carries Tactful's prefix.
 */
export function highlightName(severity: Severity, theme: Theme): string {
  return theme === 'light' ? `tactful-${severity}` : `tactful-${severity}-dark`;
}

/** Errors are drawn over warnings, warnings over suggestions, where findings overlap. */
export const highlightPriority = Object.fromEntries(severities.map((severity) => [severity, severityWeight(severity)])) as Readonly<Record<Severity, number>>;
