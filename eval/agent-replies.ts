import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDraft } from '../src/analysis/index';
import { parseCsv } from './csv';
import type { EvalSection } from './report';

/** Real agent replies (TWCS outbound, hand-checked support tweets): how many Tactful would warn about. */
export async function runAgentReplies(dataDir: string): Promise<EvalSection | null> {
  const folder = join(dataDir, 'twcs', 'csv');
  if (!existsSync(folder)) return null;
  const replies = readdirSync(folder)
    .filter((name) => name.endsWith('-outbound.csv'))
    .flatMap((name) => parseCsv(readFileSync(join(folder, name), 'utf8')))
    .map((row) => row.text ?? '')
    .filter((text) => text.trim() !== '');
  if (replies.length === 0) return null;
  const warned: string[] = [];
  let anyFinding = 0;
  for (const reply of replies) {
    const findings = analyzeDraft(reply).findings;
    if (findings.length > 0) anyFinding++;
    const serious = findings.filter((finding) => finding.severity !== 'suggestion');
    if (serious.length > 0) warned.push(`${serious.map((f) => `${f.ruleId}: "${f.text}"`).join(', ')}`);
  }
  return {
    title: 'Real agent replies (TWCS outbound): false alarms',
    size: replies.length,
    rows: [
      { metric: 'share with a warning or error', tactful: warned.length / replies.length, target: 0.05, lowerIsBetter: true },
      { metric: 'share with any finding', tactful: anyFinding / replies.length },
    ],
    notes: warned.map((line) => `warned: ${line}`),
  };
}
