import type { ChecklistStatus, CustomerAnalysis, DraftAnalysis, Mood, Severity } from '../analysis/types';
import { languageName, notCheckedText } from '../analysis/language/not-checked-text';
import { createLineLocator, type LineColumn } from './line-column';
import type { Paint } from './terminal-style';
import { severities } from '../analysis/rules/severities';

export interface ReportInput {
  /** Shown as the report's heading: the draft's file name, or "<stdin>". */
  draftName: string;
  draft: string;
  analysis: DraftAnalysis;
  customer?: { text: string; analysis: CustomerAnalysis };
  paint: Paint;
}

type Format = Parameters<Paint>[0];

const severityFormat: Record<Severity, Format> = { error: 'red', warning: 'yellow', suggestion: 'cyan' };
const statusMark: Record<ChecklistStatus, { mark: string; label: string; format: Format }> = {
  met: { mark: '✓', label: 'met', format: 'green' },
  missing: { mark: '✗', label: 'missing', format: 'red' },
  'not-needed': { mark: '·', label: 'not needed', format: 'gray' },
};
const moodFormat: Record<Mood, Format> = { calm: 'green', concerned: 'cyan', frustrated: 'yellow', angry: 'red' };

/** Flagged text can span a line break; on one report line it reads better with its whitespace folded. */
function quote(text: string): string {
  return `"${text.replace(/\s+/g, ' ')}"`;
}

function formatLocation({ line, column }: LineColumn): string {
  return `${line}:${column}`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Lays each column out to its widest cell, so locations, severities and categories line up. */
function widest(cells: readonly string[]): number {
  return Math.max(0, ...cells.map((cell) => cell.length));
}

/** The human report of `tactful check`: findings, then the reply checklist, then the customer's mood. */
export function formatReport({ draftName, draft, analysis, customer, paint }: ReportInput): string {
  const lines: string[] = [paint('underline', draftName)];

  const locate = createLineLocator(draft);
  const findings = [...analysis.findings].sort((a, b) => a.start - b.start || a.end - b.end);
  const rows = findings.map((finding) => ({ finding, location: formatLocation(locate(finding.start)) }));
  const locationWidth = widest(rows.map((row) => row.location));
  const severityWidth = widest(findings.map((finding) => finding.severity));
  const categoryWidth = widest(findings.map((finding) => finding.category));
  const indent = ' '.repeat(2 + locationWidth + 2);

  if (analysis.language !== 'en') {
    lines.push(paint('yellow', `  ${notCheckedText(analysis.language)}`));
    if (customer) lines.push('', ...formatCustomer(customer, paint));
    return lines.join('\n') + '\n';
  }
  for (const span of analysis.notChecked) {
    lines.push(paint('dim', `  ${formatLocation(locate(span.start))}  paragraph in ${languageName(span.language)}, not checked`));
  }
  if (findings.length === 0) lines.push(paint('green', '  No risky wording found.'));
  for (const { finding, location } of rows) {
    lines.push(
      [
        '  ' + paint('dim', location.padEnd(locationWidth)),
        paint(severityFormat[finding.severity], finding.severity.padEnd(severityWidth)),
        finding.category.padEnd(categoryWidth),
        paint('bold', quote(finding.text)),
      ].join('  '),
    );
    lines.push(indent + finding.message);
    if (finding.suggestions.length > 0) {
      lines.push(indent + 'Try: ' + finding.suggestions.map((suggestion) => paint('green', quote(suggestion))).join(' or '));
    }
  }

  lines.push('', paint('bold', 'Reply checklist'));
  const idWidth = widest(analysis.checklist.map((item) => item.id));
  const statusWidth = widest(Object.values(statusMark).map((status) => status.label));
  for (const item of analysis.checklist) {
    const status = statusMark[item.status];
    const hint = item.status === 'missing' ? item.hint : paint('dim', item.hint);
    lines.push(`  ${paint(status.format, `${status.mark} ${status.label.padEnd(statusWidth)}`)}  ${item.id.padEnd(idWidth)}  ${hint}`);
  }

  if (customer) lines.push('', ...formatCustomer(customer, paint));

  const counts = severities
    .map((severity) => ({ severity, count: findings.filter((finding) => finding.severity === severity).length }))
    .filter(({ count }) => count > 0)
    .map(({ severity, count }) => paint(severityFormat[severity], plural(count, severity)));
  const missing = analysis.checklist.filter((item) => item.status === 'missing').length;
  lines.push(
    '',
    [
      plural(findings.length, 'finding') + (counts.length > 0 ? ` (${counts.join(', ')})` : ''),
      `${missing} checklist ${missing === 1 ? 'item' : 'items'} missing`,
      `tone ${Math.round(analysis.tone)}/100`,
    ].join(' · '),
  );
  return lines.join('\n') + '\n';
}

function formatCustomer({ text, analysis }: NonNullable<ReportInput['customer']>, paint: Paint): string[] {
  if (analysis.language !== 'en') return [`${paint('bold', 'Customer')}: ${paint('yellow', notCheckedText(analysis.language))}`];
  const lines = [
    `${paint('bold', 'Customer')}: ${paint(moodFormat[analysis.mood], analysis.mood)}, intensity ${analysis.intensity.toFixed(2)}`,
  ];
  if (analysis.signals.length === 0) lines.push(paint('dim', '  No signals.'));
  const locate = createLineLocator(text);
  const rows = analysis.signals.map((signal) => ({ signal, location: formatLocation(locate(signal.start)) }));
  const locationWidth = widest(rows.map((row) => row.location));
  const kindWidth = widest(rows.map((row) => row.signal.kind));
  for (const { signal, location } of rows) {
    lines.push(`  ${paint('dim', location.padEnd(locationWidth))}  ${signal.kind.padEnd(kindWidth)}  ${quote(signal.text)}`);
  }
  return lines;
}
