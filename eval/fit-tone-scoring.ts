import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitSentences } from '../src/analysis/text/split-sentences';
import { tagSentence } from '../src/analysis/text/tag-sentence';
import { sentenceToneFeatures } from '../src/analysis/tone/sentence-tone-features';
import { scoreTone } from '../src/analysis/tone/score-tone';
import { toneLexicon } from '../src/analysis/tone/tone-lexicon';
import type { ToneLexicon } from '../src/analysis/tone/tone-lexicon-schema';
import { auc } from './metrics';
import { readPolitenessRequests, tiedShare } from './politeness';

/*
 * Fits the handful of scoring weights of lexicons/tone.json (how length divides courtesy and rudeness, how sentiment
 * counts, where each saturates) on the TUNING part of the Wikipedia requests only, by coordinate search on the AUC.
 * Strategy weights stay as the lexicon sets them from the research; Stack Exchange is never read here, so its
 * figures in `npm run eval` stay an honest test of how the score travels. Prints the fitted values and tune figures.
 *
 *   npx tsx eval/fit-tone-scoring.ts
 */

type Scoring = ToneLexicon['scoring'];
const fitted = ['lengthScale', 'courtesyLengthExponent', 'rudenessLengthExponent', 'positiveSentimentWeight', 'negativeSentimentWeight', 'courtesyScale', 'rudenessScale'] as const;
const candidates: Record<(typeof fitted)[number], number[]> = {
  lengthScale: [25, 50, 100, 150, 250, 500],
  courtesyLengthExponent: [0, 0.1, 0.2, 0.3, 0.4, 0.5],
  rudenessLengthExponent: [0, 0.2, 0.4, 0.5, 0.6, 0.8, 1],
  positiveSentimentWeight: [0, 0.1, 0.2, 0.3, 0.4, 0.6],
  negativeSentimentWeight: [0, 0.1, 0.2, 0.3, 0.4, 0.6, 0.8],
  courtesyScale: [1, 2, 3, 4, 6],
  rudenessScale: [1, 2, 3, 4, 6],
};

const dataDir = process.env.TACTFUL_DATA ?? fileURLToPath(new URL('../../shared/data', import.meta.url));
const requests = await readPolitenessRequests(join(dataDir, 'politeness', 'wikipedia.annotated.csv'), 'Wikipedia', 'tune');
const features = requests.map((request) => splitSentences(request.text).map((sentence) => sentenceToneFeatures(sentence.text, tagSentence(sentence.text))));
const polite = requests.map((request) => request.polite);

function measure(scoring: Scoring): { auc: number; tied: number } {
  const tones = features.map((sentences) => scoreTone(sentences, [], scoring));
  return { auc: auc(tones, polite), tied: tiedShare(tones) };
}

let best = { ...toneLexicon.scoring };
let bestFigures = measure(best);
console.log('lexicon as it is:', bestFigures);
for (let round = 0; round < 3; round++) {
  for (const key of fitted) {
    for (const value of candidates[key]) {
      const trial = { ...best, [key]: value };
      const figures = measure(trial);
      if (figures.auc > bestFigures.auc + 1e-4) {
        best = trial;
        bestFigures = figures;
      }
    }
  }
}
console.log('fitted on Wikipedia tune:', bestFigures);
console.log(JSON.stringify(Object.fromEntries(fitted.map((key) => [key, best[key]]))));
