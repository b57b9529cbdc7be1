import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Writable } from 'node:stream';
import { analyzeCustomer, analyzeDraft } from '../analysis/index';
import type { AnalysisPolicy } from '../analysis/analysis-policy';
import type { CustomerAnalysis, DraftAnalysis } from '../analysis/types';
import { exitCode, hasErrorFinding } from './exit-code';
import type { InputSource } from './parse-args';
import { openInput, stripByteOrderMark } from './read-input';

export type JsonlResult =
  | { id: unknown; customer: CustomerAnalysis | null; draft: DraftAnalysis }
  | { id?: unknown; line: number; error: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One input line to its output line; a line that is not a valid request becomes an error line, not a failure. */
export function analyzeJsonLine(text: string, line: number, policy: AnalysisPolicy | undefined): JsonlResult {
  let request: unknown;
  try {
    request = JSON.parse(text);
  } catch (error) {
    return { line, error: `not valid JSON: ${(error as Error).message}` };
  }
  if (!isRecord(request)) return { line, error: 'not a JSON object' };
  // The id is echoed back even on an error line, so the caller can match it to the request.
  const withId = 'id' in request ? { id: request.id } : {};
  const { draft, customer } = request;
  if (typeof draft !== 'string') return { ...withId, line, error: draft === undefined ? '"draft" is missing' : '"draft" is not a string' };
  if (customer !== undefined && customer !== null && typeof customer !== 'string') return { ...withId, line, error: '"customer" is not a string' };

  const customerAnalysis = typeof customer === 'string' ? analyzeCustomer(customer) : undefined;
  return {
    id: request.id ?? null,
    customer: customerAnalysis ?? null,
    draft: analyzeDraft(draft, { customer: customerAnalysis, policy }),
  };
}

async function writeLine(output: Writable, value: JsonlResult): Promise<void> {
  // Waiting when the pipe is full keeps memory flat however large the input is.
  if (!output.write(JSON.stringify(value) + '\n')) await once(output, 'drain');
}

/**
 * `tactful check --jsonl`: streams requests in and results out, one line each, in order. Exits 2 when any
 * line was not a valid request (after all lines are done), else 1 when any draft has an error finding, else 0.
 */
export async function runJsonl(source: InputSource, policy: AnalysisPolicy | undefined, output: Writable = process.stdout): Promise<number> {
  const lines = createInterface({ input: await openInput(source, 'input'), crlfDelay: Infinity });
  let lineNumber = 0;
  let badLine = false;
  let errorFinding = false;
  for await (const raw of lines) {
    lineNumber++;
    const text = lineNumber === 1 ? stripByteOrderMark(raw) : raw;
    if (text.trim() === '') continue;
    const result = analyzeJsonLine(text, lineNumber, policy);
    if ('error' in result) badLine = true;
    else errorFinding ||= hasErrorFinding(result.draft);
    await writeLine(output, result);
  }
  if (badLine) return exitCode.badInput;
  return errorFinding ? exitCode.errorFinding : exitCode.ok;
}
