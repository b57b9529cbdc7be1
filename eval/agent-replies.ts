import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDraft } from '../src/analysis/index';
import { parseCsv } from './csv';
import { inPart } from './frozen-split';
import type { EvalSection, EvalSectionRunner } from './report';

interface AgentMessage {
  id: string;
  text: string;
}

/** Real agent replies are almost all acceptable: each warning or error on one is a false alarm an agent would see. */
function falseAlarms(title: string, messages: AgentMessage[]): EvalSection | null {
  if (messages.length === 0) return null;
  const warned: string[] = [];
  let anyFinding = 0;
  for (const message of messages) {
    const findings = analyzeDraft(message.text).findings;
    if (findings.length > 0) anyFinding++;
    const serious = findings.filter((finding) => finding.severity !== 'suggestion');
    if (serious.length > 0) warned.push(`${serious.map((f) => `${f.ruleId}: "${f.text}"`).join(', ')}`);
  }
  return {
    title,
    size: messages.length,
    rows: [
      { metric: 'share with a warning or error', tactful: warned.length / messages.length, target: 0.02, lowerIsBetter: true },
      { metric: 'share with any finding', tactful: anyFinding / messages.length },
    ],
    notes: warned.map((line) => `warned: ${line}`),
  };
}

/** TWCS outbound: hand-checked support tweets of AppleSupport and SpotifyCares. */
export const runTwcsAgentReplies: EvalSectionRunner = async (dataDir, part) => {
  const folder = join(dataDir, 'twcs', 'csv');
  if (!existsSync(folder)) return null;
  const messages = readdirSync(folder)
    .filter((name) => name.endsWith('-outbound.csv'))
    .flatMap((name) => parseCsv(readFileSync(join(folder, name), 'utf8')))
    .map((row) => ({ id: row.tweet_id ?? '', text: row.text ?? '' }))
    .filter((message) => message.text.trim() !== '');
  return falseAlarms('Real agent replies (TWCS outbound): false alarms', inPart(messages, 'twcs-outbound', (m) => m.id, part));
};

/** IBM customer care: agents of 25 companies on Twitter, 2020; split by conversation so a thread stays in one part. */
export const runIbmAgentReplies: EvalSectionRunner = async (dataDir, part) => {
  const path = join(dataDir, 'ibm-customer-care', 'turns.csv');
  if (!existsSync(path)) return null;
  const messages = parseCsv(readFileSync(path, 'utf8'))
    .filter((row) => row.role === 'agent' && (row.text ?? '').trim() !== '')
    .map((row) => ({ id: row.conversation ?? '', text: row.text ?? '' }));
  return falseAlarms('Real agent replies (IBM customer care, 25 companies): false alarms', inPart(messages, 'ibm-customer-care', (m) => m.id, part));
};
