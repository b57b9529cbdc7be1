import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { sentenceToneFeatures } from '../src/analysis/tone/sentence-tone-features';
import { scoreTone } from '../src/analysis/tone/score-tone';
import { baselineNames, baselineScores } from './baselines';
import { parseCsv } from './csv';
import { inPart } from './frozen-split';
import { auc } from './metrics';
import type { EvalSectionRunner } from './report';

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

/** Share of requests whose tone equals another request's: a score with many ties cannot rank them. */
function tiedShare(tones: number[]): number {
  const counts = new Map<number, number>();
  for (const tone of tones) counts.set(tone, (counts.get(tone) ?? 0) + 1);
  return tones.filter((tone) => (counts.get(tone) ?? 0) > 1).length / tones.length;
}

/**
 * Polite (top quartile of Normalized Score) against impolite (bottom quartile), as in the paper. The quartiles are
 * those of the whole corpus, so both parts are judged on one scale.
 */
export function politenessRunner(pathIn: (dataDir: string) => string, community: string, target?: number): EvalSectionRunner {
  return async (dataDir, part) => {
    const path = pathIn(dataDir);
    if (!existsSync(path)) return null;
    const requests = parseCsv(await readFile(path, 'utf8')).map((row) => ({
      id: row['Id'] ?? '',
      text: row['Request'] ?? '',
      score: Number(row['Normalized Score']),
    }));
    const sortedScores = requests.map((request) => request.score).sort((a, b) => a - b);
    const lowest = quantile(sortedScores, 0.25);
    const highest = quantile(sortedScores, 0.75);
    const labelled = inPart(requests, `politeness-${community}`, (request) => request.id, part)
      .filter((request) => request.score <= lowest || request.score >= highest)
      .map((request) => ({ ...request, polite: request.score >= highest }));
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
      notes: ['Tactful: sentenceToneFeatures on each sentence, then scoreTone with no findings; baselines: raw polarity of the whole request.'],
    };
  };
}
