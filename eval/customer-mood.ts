import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { analyzeCustomer } from '../src/analysis/index';
import { baselineNames, baselineScores, type BaselineName } from './baselines';
import { parseCsv } from './csv';
import { auc, macroF1 } from './metrics';
import type { CustomerAnalysis } from '../src/analysis/types';
import { inPart, type Part } from './frozen-split';
import type { EvalRow, EvalSection, EvalSectionRunner } from './report';

type Polarity = 'negative' | 'neutral' | 'positive';

const UPSET_EMOTIONS = ['anger', 'annoyance', 'disapproval', 'disappointment'];

/** Tactful's reading as a 3-class label: any mood above calm is negative; a calm message with praise is positive. */
export function tactfulPolarity(analysis: CustomerAnalysis): Polarity {
  if (analysis.mood !== 'calm') return 'negative';
  return analysis.sentiment > 0 ? 'positive' : 'neutral';
}

function baselinePolarity(score: number): Polarity {
  if (score < 0) return 'negative';
  return score > 0 ? 'positive' : 'neutral';
}

/** AUC rows of Tactful's intensity beside each baseline's negated polarity (for them, negative is upset). */
function aucRow(metric: string, texts: string[], upset: boolean[], intensities: number[], target?: number): EvalRow {
  const baselines: Partial<Record<BaselineName, number>> = {};
  for (const name of baselineNames) {
    baselines[name] = auc(texts.map((text) => -baselineScores[name](text)), upset);
  }
  return { metric, tactful: auc(intensities, upset), baselines, ...(target === undefined ? {} : { target }) };
}

export const runAirline: EvalSectionRunner = async (dataDir, part) => {
  const path = join(dataDir, 'airline', 'tweets-dev.csv');
  if (!existsSync(path)) return null;
  const rows = inPart(parseCsv(await readFile(path, 'utf8')), 'airline', (row) => row.tweet_id ?? '', part);
  const texts = rows.map((row) => row.text ?? '');
  const gold = rows.map((row) => row.airline_sentiment as Polarity);
  const analyses = texts.map((text) => analyzeCustomer(text));
  const negative = gold.map((label) => label === 'negative');

  const baselinesF1: Partial<Record<BaselineName, number>> = {};
  for (const name of baselineNames) {
    baselinesF1[name] = macroF1(gold, texts.map((text) => baselinePolarity(baselineScores[name](text))));
  }
  const share = (label: Polarity) => `${((100 * gold.filter((g) => g === label).length) / gold.length).toFixed(1)} %`;
  const confident = rows.map((row) => Number(row.airline_sentiment_confidence) === 1);
  const confidentIndex = rows.flatMap((_, i) => (confident[i] ? [i] : []));

  return {
    title: 'Customer mood: airline tweets (negative vs not)',
    size: rows.length,
    rows: [
      aucRow('AUC, intensity vs negative', texts, negative, analyses.map((a) => a.intensity), 0.9),
      aucRow(
        'AUC, intensity vs negative (label confidence 1.0)',
        confidentIndex.map((i) => texts[i]!),
        confidentIndex.map((i) => negative[i]!),
        confidentIndex.map((i) => analyses[i]!.intensity),
      ),
      { metric: 'macro-F1, negative / neutral / positive', tactful: macroF1(gold, analyses.map(tactfulPolarity)), baselines: baselinesF1 },
    ],
    notes: [
      `negative ${share('negative')}, neutral ${share('neutral')}, positive ${share('positive')}; ${confidentIndex.length} rows with label confidence 1.0`,
      'Tactful: negative when the mood is not calm, positive when calm with positive sentiment, else neutral. Baselines: the sign of their score.',
      `Tactful moods: ${moodCounts(analyses)}`,
    ],
  };
};

export const runGoEmotions: EvalSectionRunner = async (dataDir, part) => runGoEmotionsFile(dataDir, 'dev.tsv', part);

/** GoEmotions from one split; `train.tsv` serves to check that tuning on dev did not overfit. */
export async function runGoEmotionsFile(dataDir: string, file: string, part: Part): Promise<EvalSection | null> {
  const path = join(dataDir, 'goemotions', file);
  const labelsPath = join(dataDir, 'goemotions', 'labels.txt');
  if (!existsSync(path) || !existsSync(labelsPath)) return null;
  const names = (await readFile(labelsPath, 'utf8')).split('\n').map((line) => line.trim());
  const upsetIds = new Set(UPSET_EMOTIONS.map((emotion) => String(names.indexOf(emotion))));
  const allRows = (await readFile(path, 'utf8'))
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => line.split('\t'));
  const rows = inPart(allRows, 'goemotions', (row) => row[2] ?? '', part);
  const texts = rows.map((row) => row[0] ?? '');
  const upset = rows.map((row) => (row[1] ?? '').split(',').some((id) => upsetIds.has(id)));
  const analyses = texts.map((text) => analyzeCustomer(text));
  return {
    title: `Customer mood: GoEmotions ${file} (upset = ${UPSET_EMOTIONS.join(', ')})`,
    size: rows.length,
    rows: [aucRow('AUC, intensity vs upset', texts, upset, analyses.map((a) => a.intensity))],
    notes: [
      `upset ${((100 * upset.filter(Boolean).length) / upset.length).toFixed(1)} % of comments; Reddit comments, not support messages`,
      `Tactful moods: ${moodCounts(analyses)}`,
    ],
  };
}

function moodCounts(analyses: CustomerAnalysis[]): string {
  const counts = new Map<string, number>();
  for (const { mood } of analyses) counts.set(mood, (counts.get(mood) ?? 0) + 1);
  return ['calm', 'concerned', 'frustrated', 'angry'].map((mood) => `${mood} ${counts.get(mood) ?? 0}`).join(', ');
}
