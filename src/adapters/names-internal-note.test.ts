import { describe, expect, it } from 'vitest';
import { namesInternalNote, noteWordings } from './names-internal-note';
import { noteWordingsSchema } from '../coach/note-wordings-schema';

describe('namesInternalNote', () => {
  it('reads its wordings from a valid lexicon', () => {
    expect(noteWordingsSchema.safeParse(noteWordings).error).toBeUndefined();
  });

  for (const [language, { examples }] of Object.entries(noteWordings.languages)) {
    describe(language, () => {
      it.each(examples.note)('reads %j as a note', (label) => expect(namesInternalNote(label)).toBe(true));
      it.each(examples.notNote)('reads %j as no note', (label) => expect(namesInternalNote(label)).toBe(false));
    });
  }
});
