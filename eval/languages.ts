import { analyzeCustomer, analyzeDraft } from '../src/analysis/index';
import { readJsonLines } from './draft-findings';
import { inPart } from './frozen-split';
import type { EvalSectionRunner } from './report';

interface LanguageCase {
  id: string;
  kind: 'draft' | 'customer';
  text: string;
  /** BCP 47 code of the main language. */
  language: string;
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
  return async (_dataDir, part) => {
    const cases = inPart(readJsonLines<LanguageCase>(folder, accept), source, (entry) => entry.id, part);
    if (cases.length === 0) return null;
    const notes: string[] = [];
    const foreign = cases.filter((entry) => entry.language !== 'en');
    const english = cases.filter((entry) => entry.language === 'en');
    let quiet = 0;
    let named = 0;
    for (const entry of foreign) {
      const read = reading(entry.text, entry.kind);
      if (read.quiet) quiet++;
      else notes.push(`read as ${read.language} (${entry.id}, ${entry.language}): "${entry.text.slice(0, 80)}"`);
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
    return {
      title,
      size: cases.length,
      rows: [
        { metric: 'not English: nothing judged, "not checked"', tactful: quiet / foreign.length, target: 0.95 },
        { metric: 'not English: language named right', tactful: named / foreign.length },
        { metric: 'English marked as another language', tactful: englishMarked / english.length, target: 0, lowerIsBetter: true },
      ],
      notes,
    };
  };
}
