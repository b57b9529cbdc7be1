import { seededRandom } from './seeded-random';

/** Letters typed, in rough English frequency. */
const letters = 'etaoinshrdlucmfwyp';

/**
 * `count` copies of the draft, each with one letter typed right after a letter somewhere in its body
 * (between the greeting and the sign-off): in the middle or at the end of a word, in any sentence.
 * Every copy differs from the draft and from the others, so each one's edited sentence is new to the cache.
 */
export function keystrokeEdits(draft: string, count: number, seed: number): string[] {
  const random = seededRandom(seed);
  const bodyStart = draft.indexOf('\n\n') + 2;
  const bodyEnd = draft.lastIndexOf('\n\n');
  if (bodyStart < 2 || bodyEnd <= bodyStart) throw new Error('a draft has a greeting, a body and a sign-off, separated by blank lines');
  const seen = new Set<string>([draft]);
  const edits: string[] = [];
  for (let tries = 0; edits.length < count; tries++) {
    if (tries > count * 20) throw new Error(`could not place ${count} distinct keystrokes in a draft of ${draft.length} characters`);
    const after = bodyStart + Math.floor(random() * (bodyEnd - bodyStart));
    if (!/\p{L}/u.test(draft[after]!)) continue;
    const letter = letters[Math.floor(random() * letters.length)]!;
    const edited = draft.slice(0, after + 1) + letter + draft.slice(after + 1);
    if (seen.has(edited)) continue;
    seen.add(edited);
    edits.push(edited);
  }
  return edits;
}
