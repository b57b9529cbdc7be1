import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeCustomer, analyzeDraft } from '../src/analysis/index';
import { parseCsv } from './csv';
import { readJsonLines } from './draft-findings';
import { inPart, type Part } from './frozen-split';
import type { EvalSectionRunner } from './report';

interface LanguageCase {
  id: string;
  kind: 'draft' | 'customer';
  text: string;
  /** BCP 47 code of the main language. */
  language: string;
  /** An English text quoting another language has a paragraph that must be left out: it is not marked wrongly. */
  mixed: boolean;
}

/** The main language Tactful reads, and whether it then kept quiet: no findings, no checklist, no mood. */
function reading(text: string, kind: LanguageCase['kind']): { language: string; quiet: boolean } {
  if (kind === 'customer') {
    const customer = analyzeCustomer(text);
    return { language: customer.language, quiet: customer.language !== 'en' && customer.signals.length === 0 };
  }
  const draft = analyzeDraft(text);
  return { language: draft.language, quiet: draft.language !== 'en' && draft.findings.length === 0 && draft.checklist.length === 0 };
}

/** Replies and messages in German, French, Spanish, Portuguese, Italian and Dutch, mixed ones, and English that looks foreign. */
export function languagesRunner(title: string, source: string, folder: string, accept: (name: string) => boolean): EvalSectionRunner {
  return async (dataDir, part) => {
    const cases = inPart(readJsonLines<LanguageCase>(folder, accept), source, (entry) => entry.id, part);
    if (cases.length === 0) return null;
    const notes: string[] = [];
    const foreign = cases.filter((entry) => entry.language !== 'en');
    const english = cases.filter((entry) => entry.language === 'en' && !entry.mixed);
    let quiet = 0;
    let named = 0;
    for (const entry of foreign) {
      const read = reading(entry.text, entry.kind);
      if (read.quiet) quiet++;
      else notes.push(`read as ${read.language} (${entry.id}, ${entry.language}): "${entry.text.slice(0, 80).replace(/\s+/g, " ")}"`);
      if (read.language === entry.language) named++;
    }
    let englishMarked = 0;
    for (const entry of english) {
      const draft = analyzeDraft(entry.text);
      const customer = analyzeCustomer(entry.text);
      if (draft.notChecked.length > 0 || customer.language !== 'en') {
        englishMarked++;
        notes.push(`English marked ${customer.language} (${entry.id}): "${entry.text.slice(0, 80)}"`);
      }
    }
    const real = realEnglish(dataDir, part);
    const realMarked = real.filter((text) => analyzeDraft(text).notChecked.length > 0);
    notes.push(...realMarked.map((text) => `real English text marked as another language: "${text.slice(0, 80)}"`));
    return {
      title,
      size: cases.length,
      rows: [
        { metric: 'not English: nothing judged, "not checked"', tactful: quiet / foreign.length, target: 0.95 },
        { metric: 'not English: language named right', tactful: named / foreign.length },
        { metric: 'English marked as another language', tactful: englishMarked / english.length, target: 0, lowerIsBetter: true },
        // A few of these real messages are in fact German or Spanish: the figure is an upper bound.
        { metric: 'real customer and agent tweets marked not English', tactful: real.length === 0 ? Number.NaN : realMarked.length / real.length, target: 0.002, lowerIsBetter: true },
      ],
      notes,
    };
  };
}

/** Real English support tweets (IBM customer care, airline customers): what must never be left unchecked. */
function realEnglish(dataDir: string, part: Part): string[] {
  const ibm = join(dataDir, 'ibm-customer-care', 'turns.csv');
  const airline = join(dataDir, 'airline', 'tweets-dev.csv');
  const texts: string[] = [];
  if (existsSync(ibm)) texts.push(...inPart(parseCsv(readFileSync(ibm, 'utf8')), 'ibm-customer-care', (row) => row.conversation ?? '', part).map((row) => row.text ?? ''));
  if (existsSync(airline)) texts.push(...inPart(parseCsv(readFileSync(airline, 'utf8')), 'airline', (row) => row.tweet_id ?? '', part).map((row) => row.text ?? ''));
  return texts.filter((text) => text.trim() !== '');
}
