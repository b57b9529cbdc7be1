import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sentenceToneFeatures } from '../src/analysis/tone/sentence-tone-features';
import { scoreTone } from '../src/analysis/tone/score-tone';
import { baselineNames, baselineScores } from './baselines';
import { parseCsv } from './csv';
import { auc } from './metrics';
import type { EvalSection, EvalSectionRunner } from './report';

const corpusPath = 'politeness/wikipedia.annotated.csv';

/** Tactful's tone for a request, scored as a draft: sentence by sentence, with no rule-engine findings. */
function requestTone(text: string): number {
  return scoreTone(splitSentences(text).map(sentenceToneFeatures), []);
}

/** Good enough for requests of two or three sentences; the engine has its own splitter for drafts. */
function splitSentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+|\n+/).filter((sentence) => sentence.trim() !== '');
}

function quantile(sortedValues: number[], fraction: number): number {
  return sortedValues[Math.floor((sortedValues.length - 1) * fraction)] ?? Number.NaN;
}

/** Polite (top quartile of Normalized Score) against impolite (bottom quartile), as in the paper. */
export const runPoliteness: EvalSectionRunner = async (dataDir) => {
  const path = join(dataDir, corpusPath);
  if (!existsSync(path)) return null;
  const requests = parseCsv(await readFile(path, 'utf8')).map((row) => ({
    id: Number(row['Id']),
    text: row['Request'] ?? '',
    score: Number(row['Normalized Score']),
  }));
  const sortedScores = requests.map((request) => request.score).sort((a, b) => a - b);
  const lowest = quantile(sortedScores, 0.25);
  const highest = quantile(sortedScores, 0.75);
  const labelled = requests
    .filter((request) => request.score <= lowest || request.score >= highest)
    .map((request) => ({ ...request, polite: request.score >= highest }));
  const polite = labelled.map((request) => request.polite);
  const tones = labelled.map((request) => requestTone(request.text));

  // While the lexicon was tuned, only even-id requests were read for misranked examples; odd ids are the fairer figure.
  const halfAuc = (parity: number) => {
    const half = labelled.flatMap((request, i) => (request.id % 2 === parity ? [i] : []));
    return auc(half.map((i) => tones[i]!), half.map((i) => polite[i]!));
  };

  const section: EvalSection = {
    title: 'Politeness: Stanford Politeness Corpus, Wikipedia requests',
    size: labelled.length,
    rows: [
      {
        metric: 'AUC, polite (top quartile) vs impolite (bottom quartile)',
        tactful: auc(tones, polite),
        baselines: Object.fromEntries(
          baselineNames.map((name) => [name, auc(labelled.map((request) => baselineScores[name](request.text)), polite)]),
        ),
        target: 0.85,
      },
    ],
    notes: [
      'Tactful: sentenceToneFeatures on each sentence, then scoreTone with no findings; baselines: raw polarity of the whole request.',
      `Tactful AUC on even ids ${halfAuc(0).toFixed(3)} (read while tuning), odd ids ${halfAuc(1).toFixed(3)} (not read).`,
    ],
  };
  return section;
};

function printSection(section: EvalSection): void {
  console.log(`${section.title} (${section.size} rows)`);
  for (const row of section.rows) {
    const baselines = Object.entries(row.baselines ?? {}).map(([name, value]) => `${name} ${value.toFixed(3)}`);
    const target = row.target === undefined ? '' : ` (target ${row.target})`;
    console.log(`  ${row.metric}: Tactful ${row.tactful.toFixed(3)}${target}; ${baselines.join(', ')}`);
  }
  for (const note of section.notes ?? []) console.log(`  ${note}`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dataDir = process.argv[2] ?? fileURLToPath(new URL('../../shared/data', import.meta.url));
  const section = await runPoliteness(dataDir);
  if (section === null) console.log(`No ${corpusPath} under ${dataDir}.`);
  else printSection(section);
}
