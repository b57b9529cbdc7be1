import type { Severity } from '../analysis/types';
import type { Theme } from './page-theme';

/**
 * Underline colours by severity, with at least 3:1 contrast against white pages (light) and against
 * dark grey pages (dark), as non-text marks need.
 */
export const underlineColors: Readonly<Record<Theme, Readonly<Record<Severity, string>>>> = {
  light: { error: '#dc2626', warning: '#c26a00', suggestion: '#2563eb' },
  dark: { error: '#f87171', warning: '#fbbf24', suggestion: '#60a5fa' },
};

/** Errors and warnings get a wavy line, suggestions a quieter dotted one. */
export const underlineStyles: Readonly<Record<Severity, 'wavy' | 'dotted'>> = { error: 'wavy', warning: 'wavy', suggestion: 'dotted' };
