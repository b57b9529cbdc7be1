import sendButtonNamesData from '../../../lexicons/adapters/send-button-names.json';
import type { SendButtonNames } from './send-button-names-schema';

/**
 * What a send button is called, in the seven languages the adapters read (`lexicons/adapters/send-button-names.json`):
 * the generic reading takes a button near the reply box whose label starts with one of these names.
 * Validated by the lexicon check and the tests; the runtime takes the file as its schema says.
 */
export const sendButtonNames = sendButtonNamesData as SendButtonNames;

const names = [...new Set(Object.values(sendButtonNames.languages).flatMap((language) => language.names))];
const namePattern = new RegExp(`^(?:${names.map((name) => name.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`, 'iu');

/** Whether a button's label names sending a reply. */
export function namesSending(label: string): boolean {
  const trimmed = label.trim().replace(/\s+/g, ' ');
  return trimmed.length <= sendButtonNames.longestLabel && namePattern.test(trimmed);
}
