// The evaluation baselines ship no type declarations; these cover the calls the report makes.
declare module 'wink-sentiment' {
  export default function winkSentiment(text: string): { score: number; normalizedScore: number };
}

declare module 'vader-sentiment' {
  const vader: {
    SentimentIntensityAnalyzer: {
      polarity_scores(text: string): { neg: number; neu: number; pos: number; compound: number };
    };
  };
  export default vader;
}
