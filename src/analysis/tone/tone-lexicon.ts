import toneJson from '../../../lexicons/tone.json';
import type { ToneLexicon } from './tone-lexicon-schema';

/** `lexicons/tone.json` as the engine reads it; the tests check it against the schema, so the runtime trusts it. */
export const toneLexicon = toneJson as ToneLexicon;
