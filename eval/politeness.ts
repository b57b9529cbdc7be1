import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { splitSentences } from '../src/analysis/text/split-sentences';
import { tagSentence } from '../src/analysis/text/tag-sentence';
import { sentenceToneFeatures } from '../src/analysis/tone/sentence-tone-features';
import { scoreTone } from '../src/analysis/tone/score-tone';
import { baselineNames, baselineScores } from './baselines';
import { parseCsv } from './csv';
import { inPart, type Part } from './frozen-split';
import { auc } from './metrics';
import type { EvalSectionRunner } from './report';

/** Tactful's tone for a request, scored as a draft: split and tagged as the engine does, with no rule-engine findings. */
export function requestTone(text: string): number {
  return scoreTone(splitSentences(text).map((sentence) => sentenceToneFeatures(sentence.text, tagSentence(sentence.text))), []);
}

function quantile(sortedValues: number[], fraction: number): number {
  return sortedValues[Math.floor((sortedValues.length - 1) * fraction)] ?? Number.NaN;
}

/** Share of requests whose tone equals another request's: a score with many ties cannot rank them. */
export function tiedShare(tones: number[]): number {
  const counts = new Map<number, number>();
  for (const tone of tones) counts.set(tone, (counts.get(tone) ?? 0) + 1);
  return tones.filter((tone) => (counts.get(tone) ?? 0) > 1).length / tones.length;
}

export interface PolitenessRequest {
  id: string;
  text: string;
  polite: boolean;
}

/**
 * Polite (top quartile of Normalized Score) against impolite (bottom quartile), as in the paper. The quartiles are
 * those of the whole corpus, so both parts are judged on one scale.
 */
export async function readPolitenessRequests(path: string, community: string, part: Part): Promise<PolitenessRequest[]> {
  const requests = parseCsv(await readFile(path, 'utf8')).map((row) => ({
    id: row['Id'] ?? '',
    text: row['Request'] ?? '',
    score: Number(row['Normalized Score']),
  }));
  const sortedScores = requests.map((request) => request.score).sort((a, b) => a - b);
  const lowest = quantile(sortedScores, 0.25);
  const highest = quantile(sortedScores, 0.75);
  return inPart(requests, `politeness-${community}`, (request) => request.id, part)
    .filter((request) => request.score <= lowest || request.score >= highest)
    .map((request) => ({ id: request.id, text: request.text, polite: request.score >= highest }));
}

export function politenessRunner(pathIn: (dataDir: string) => string, community: string, target?: number): EvalSectionRunner {
  return async (dataDir, part) => {
    const path = pathIn(dataDir);
    if (!existsSync(path)) return null;
    const labelled = await readPolitenessRequests(path, community, part);
    const polite = labelled.map((request) => request.polite);
    const tones = labelled.map((request) => requestTone(request.text));
    return {
      title: `Politeness: Stanford Politeness Corpus, ${community} requests`,
      size: labelled.length,
      rows: [
        {
          metric: 'AUC, polite (top quartile) vs impolite (bottom quartile)',
          tactful: auc(tones, polite),
          baselines: Object.fromEntries(
            baselineNames.map((name) => [name, auc(labelled.map((request) => baselineScores[name](request.text)), polite)]),
          ),
          ...(target === undefined ? {} : { target }),
        },
        { metric: 'share of requests with a tied tone', tactful: tiedShare(tones) },
      ],
      notes: ['Tactful: sentenceToneFeatures on each sentence (split and tagged as the engine does), then scoreTone with no findings; baselines: raw polarity of the whole request.'],
    };
  };
}
