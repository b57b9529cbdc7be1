import noteWordingsData from '../../lexicons/playbook/note-wordings.json';
import type { NoteWordings } from '../coach/note-wordings-schema';

/**
 * Whether a label names an internal note. Some products mark the note mode only by the text of a switch, a tab or a
 * lozenge, and that text follows the agent's language: the wordings per language are data.
 */
export const noteWordings = noteWordingsData as NoteWordings;

const wordings = new Set(Object.values(noteWordings.languages).flatMap((language) => language.wordings));

const noteLabel = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...wordings].map((wording) => wording.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`, 'iu');

export function namesInternalNote(label: string): boolean {
  return noteLabel.test(label);
}
