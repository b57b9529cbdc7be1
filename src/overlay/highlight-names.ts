import type { Severity } from '../analysis/types';
import type { Theme } from './page-theme';

export const severities: readonly Severity[] = ['error', 'warning', 'suggestion'];
export const themes: readonly Theme[] = ['light', 'dark'];

/**
 * The name of the CSS highlight underlining findings of one severity on one kind of page. The highlight
 * registry is shared with the page's own scripts, so every name carries Tactful's prefix.
 */
export function highlightName(severity: Severity, theme: Theme): string {
  return theme === 'light' ? `tactful-${severity}` : `tactful-${severity}-dark`;
}

/** Errors are drawn over warnings, warnings over suggestions, where findings overlap. */
export const highlightPriority: Readonly<Record<Severity, number>> = { error: 3, warning: 2, suggestion: 1 };
