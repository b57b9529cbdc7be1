import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzeDraft } from '../src/analysis/index';
import type { Category, Finding } from '../src/analysis/types';
import { categoryIds } from '../src/analysis/rules/rule-pack-schema';
import { precisionRecall } from './metrics';
import type { EvalSection } from './report';

interface LabelledDraft {
  id: string;
  draft: string;
  labels: { category: Category; text: string; occurrence?: number }[];
}

const fixtureDir = new URL('../test/fixtures/drafts/', import.meta.url);

export function readLabelledDrafts(): LabelledDraft[] {
  return ['flagged.jsonl', 'good.jsonl'].flatMap((name) =>
    readFileSync(fileURLToPath(new URL(name, fixtureDir)), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as LabelledDraft),
  );
}

interface GoldSpan {
  category: Category;
  start: number;
  end: number;
}

function goldSpans(draft: LabelledDraft): GoldSpan[] {
  return draft.labels.map((label) => {
    let start = -1;
    for (let n = 0; n < (label.occurrence ?? 1); n++) start = draft.draft.indexOf(label.text, start + 1);
    return { category: label.category, start, end: start + label.text.length };
  });
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

export interface DraftMiss {
  id: string;
  kind: 'missed' | 'false alarm';
  category: Category;
  text: string;
}

/** Per-category precision and recall of findings against the hand-labelled drafts: a finding counts when it overlaps a label of its category. */
export function scoreDrafts(drafts: LabelledDraft[]): { section: EvalSection; misses: DraftMiss[] } {
  const counts = Object.fromEntries(categoryIds.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<Category, { tp: number; fp: number; fn: number }>;
  const misses: DraftMiss[] = [];
  for (const draft of drafts) {
    const gold = goldSpans(draft);
    const findings: Finding[] = analyzeDraft(draft.draft).findings;
    for (const finding of findings) {
      if (gold.some((span) => span.category === finding.category && overlaps(span, finding))) counts[finding.category].tp++;
      else {
        counts[finding.category].fp++;
        misses.push({ id: draft.id, kind: 'false alarm', category: finding.category, text: finding.text });
      }
    }
    for (const span of gold) {
      if (!findings.some((finding) => finding.category === span.category && overlaps(span, finding))) {
        counts[span.category].fn++;
        misses.push({ id: draft.id, kind: 'missed', category: span.category, text: draft.draft.slice(span.start, span.end) });
      }
    }
  }
  const rows = categoryIds.flatMap((category) => {
    const { tp, fp, fn } = counts[category];
    const { precision, recall } = precisionRecall(tp, fp, fn);
    return [
      { metric: `${category} precision`, tactful: precision, target: 0.9 },
      { metric: `${category} recall`, tactful: recall, target: 0.9 },
    ];
  });
  const flagged = drafts.filter((d) => d.labels.length > 0).length;
  return {
    section: {
      title: 'Agent drafts (hand-labelled, test/fixtures/drafts): findings per category',
      size: drafts.length,
      rows,
      notes: [`${flagged} drafts with risky wording, ${drafts.length - flagged} good replies that must not be flagged`],
    },
    misses,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { section, misses } = scoreDrafts(readLabelledDrafts());
  for (const row of section.rows) console.log(row.metric.padEnd(32), row.tactful.toFixed(3));
  if (process.argv.includes('--misses')) for (const miss of misses) console.log(`${miss.kind}\t${miss.category}\t${miss.id}\t${miss.text}`);
}
