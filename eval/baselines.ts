import Sentiment from 'sentiment';
import winkSentiment from 'wink-sentiment';
import vader from 'vader-sentiment';

export type BaselineName = 'sentiment' | 'wink-sentiment' | 'vader-sentiment';

const afinn = new Sentiment();

/** Each baseline's raw polarity for a text: negative is unhappy, as the packages report it. */
export const baselineScores: Record<BaselineName, (text: string) => number> = {
  sentiment: (text) => afinn.analyze(text).comparative,
  'wink-sentiment': (text) => winkSentiment(text).normalizedScore,
  'vader-sentiment': (text) => vader.SentimentIntensityAnalyzer.polarity_scores(text).compound,
};

export const baselineNames = Object.keys(baselineScores) as BaselineName[];
