import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzeCustomer, analyzeDraft } from '../src/analysis/index';
import type { Category, ChecklistId, Finding } from '../src/analysis/types';
import { categoryIds } from '../src/analysis/rules/rule-pack-schema';
import { inPart } from './frozen-split';
import { precisionRecall } from './metrics';
import type { EvalRow, EvalSection, EvalSectionRunner } from './report';

export interface LabelledDraft {
  id: string;
  draft: string;
  labels: { category: Category; text: string; occurrence?: number }[];
  customer?: string;
  /** How much sympathy the reply shows in its own words, where the set labels it. */
  empathy?: 'strong' | 'some' | 'none';
  /** Whether the reply apologises for what went wrong, only by formula, or not at all, where the set labels it. */
  apology?: 'sincere' | 'formula' | 'none';
  /** Whether the reply says what the agent does about it, where the set labels it. */
  ownership?: boolean;
}

/** A checklist item measured against a label: the share of replies the label says show it (`shows`) or lack it (`lacks`) that meet it. */
interface ChecklistMeasure {
  item: ChecklistId;
  label: (draft: LabelledDraft) => unknown;
  shows: { value: unknown; metric: string };
  lacks: { value: unknown; metric: string };
}

const checklistMeasures: ChecklistMeasure[] = [
  { item: 'empathy', label: (draft) => draft.empathy, shows: { value: 'strong', metric: 'empathy met, strongly empathic' }, lacks: { value: 'none', metric: 'empathy met, no empathy' } },
  { item: 'apology', label: (draft) => draft.apology, shows: { value: 'sincere', metric: 'apology met, sincere apology' }, lacks: { value: 'none', metric: 'apology met, no apology' } },
  { item: 'ownership', label: (draft) => draft.ownership, shows: { value: true, metric: 'ownership met, ownership taken' }, lacks: { value: false, metric: 'ownership met, none taken' } },
];

const fixturesDir = new URL('../test/fixtures/', import.meta.url);

export function readJsonLines<Row>(folder: string, accept: (name: string) => boolean): Row[] {
  const dir = fileURLToPath(new URL(`${folder}/`, fixturesDir));
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl') && accept(name))
    .sort()
    .flatMap((name) =>
      readFileSync(`${dir}/${name}`, 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as Row),
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
const isWarning = (finding: Finding): boolean => finding.severity !== 'suggestion';

export interface DraftMiss {
  id: string;
  kind: 'missed' | 'false alarm';
  category: Category;
  text: string;
}

export interface DraftScores {
  rows: EvalRow[];
  misses: DraftMiss[];
  flagged: number;
}

/**
 * Per-category precision and recall of findings against labelled drafts (a finding counts when it overlaps a label of
 * its category), then the figures an agent feels: how many labels are found at all and in the right category, how
 * many good replies stay free of warnings, and whether sympathy, apology and ownership written in the agent's own words
 * meet the checklist.
 */
export function scoreDrafts(drafts: LabelledDraft[], target = 0.9): DraftScores {
  const counts = Object.fromEntries(categoryIds.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<Category, { tp: number; fp: number; fn: number }>;
  const misses: DraftMiss[] = [];
  let labels = 0;
  let found = 0;
  let foundInCategory = 0;
  let good = 0;
  let goodWithoutWarning = 0;
  const checklist = checklistMeasures.map(() => ({ shows: { met: 0, all: 0 }, lacks: { met: 0, all: 0 } }));
  for (const draft of drafts) {
    const gold = goldSpans(draft);
    const customer = draft.customer ? analyzeCustomer(draft.customer) : undefined;
    const analysis = analyzeDraft(draft.draft, customer ? { customer } : {});
    const findings = analysis.findings;
    for (const finding of findings) {
      if (gold.some((span) => span.category === finding.category && overlaps(span, finding))) counts[finding.category].tp++;
      else {
        counts[finding.category].fp++;
        misses.push({ id: draft.id, kind: 'false alarm', category: finding.category, text: finding.text });
      }
    }
    for (const span of gold) {
      labels++;
      const overlapping = findings.filter((finding) => overlaps(span, finding));
      if (overlapping.length > 0) found++;
      if (overlapping.some((finding) => finding.category === span.category)) foundInCategory++;
      else {
        counts[span.category].fn++;
        misses.push({ id: draft.id, kind: 'missed', category: span.category, text: draft.draft.slice(span.start, span.end) });
      }
    }
    if (gold.length === 0) {
      good++;
      if (!findings.some(isWarning)) goodWithoutWarning++;
    }
    checklistMeasures.forEach((measure, n) => {
      const label = measure.label(draft);
      const side = label === measure.shows.value ? 'shows' : label === measure.lacks.value ? 'lacks' : undefined;
      if (!side) return;
      checklist[n]![side].all++;
      if (analysis.checklist.some((entry) => entry.id === measure.item && entry.status === 'met')) checklist[n]![side].met++;
    });
  }
  const rows: EvalRow[] = categoryIds.flatMap((category) => {
    const { tp, fp, fn } = counts[category];
    const { precision, recall } = precisionRecall(tp, fp, fn);
    return [
      { metric: `${category} precision`, tactful: precision, target },
      { metric: `${category} recall`, tactful: recall, target },
    ];
  });
  rows.push(
    { metric: 'labels found (any category)', tactful: found / labels, target: 0.9 },
    { metric: 'labels found in their category', tactful: foundInCategory / labels, target: 0.85 },
    { metric: 'good replies without a warning', tactful: goodWithoutWarning / good, target: 0.9 },
  );
  checklistMeasures.forEach((measure, n) => {
    const { shows, lacks } = checklist[n]!;
    if (shows.all > 0) rows.push({ metric: measure.shows.metric, tactful: shows.met / shows.all, target: 0.8 });
    if (lacks.all > 0) rows.push({ metric: measure.lacks.metric, tactful: lacks.met / lacks.all, target: 0.1, lowerIsBetter: true });
  });
  return { rows, misses, flagged: drafts.length - good };
}

/** A labelled draft set under test/fixtures: `folder`, the files `accept` takes. */
export function draftFindingsRunner(title: string, source: string, folder: string, accept: (name: string) => boolean, target?: number): EvalSectionRunner {
  return async (_dataDir, part) => {
    const drafts = inPart(readJsonLines<LabelledDraft>(folder, accept), source, (draft) => draft.id, part);
    if (drafts.length === 0) return null;
    const { rows, misses, flagged } = scoreDrafts(drafts, target);
    return {
      title,
      size: drafts.length,
      rows,
      notes: [
        `${flagged} drafts with risky wording, ${drafts.length - flagged} good replies that must not be flagged`,
        ...misses.map((miss) => `${miss.kind} ${miss.category} (${miss.id}): "${miss.text}"`),
      ],
    };
  };
}
