import { text as alex } from 'alex';
import writeGood from 'write-good';
import Sentiment from 'sentiment';
import nlp from 'compromise';

/** A tool timed on whole drafts; each returns a number derived from its result, so the work cannot be skipped. */
export interface Tool {
  name: string;
  analyze(text: string): number;
}

const sentiment = new Sentiment();

/** Prose linters compared with Tactful: neither has an incremental mode, so each keystroke costs a full run. */
export const linters: readonly Tool[] = [
  { name: 'alex text()', analyze: (text) => alex(text).messages.length },
  { name: 'write-good', analyze: (text) => writeGood(text).length },
];

/** What the targets are measured against: one lexicon pass, and the full parse Tactful avoids. */
export const baselines: readonly Tool[] = [
  { name: 'sentiment.analyze()', analyze: (text) => sentiment.analyze(text).score },
  { name: 'compromise nlp(text)', analyze: (text) => nlp(text).length },
];
