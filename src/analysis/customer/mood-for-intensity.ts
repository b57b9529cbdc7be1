import { intensityLexicon } from './customer-lexicon';
import type { Mood } from '../types';

/**
 * The mood named by an intensity, so the two never disagree. With the thresholds in
 * `lexicons/customer/intensity.json`: calm < 0.25 <= concerned < 0.5 <= frustrated < 0.75 <= angry.
 */
export function moodForIntensity(intensity: number): Mood {
  const { thresholds } = intensityLexicon;
  if (intensity >= thresholds.angry) return 'angry';
  if (intensity >= thresholds.frustrated) return 'frustrated';
  if (intensity >= thresholds.concerned) return 'concerned';
  return 'calm';
}
