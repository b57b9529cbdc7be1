import { describe, expect, it } from 'vitest';
import { namesInternalNote } from './names-internal-note';

describe('namesInternalNote', () => {
  it.each(['Internal note', 'Add internal note', 'Private reply', 'Interne Notiz', 'Note interne', 'Note privée', 'Nota interna', 'Añadir nota', 'Interne notitie', 'Aggiungi nota'])(
    'reads %j as a note',
    (label) => {
      expect(namesInternalNote(label)).toBe(true);
    },
  );

  it.each(['Public reply', 'Öffentliche Antwort', 'Réponse publique', 'Reply to customer', 'Notes on internals', 'Internationale Notiz', 'Write a message'])('reads %j as no note', (label) => {
    expect(namesInternalNote(label)).toBe(false);
  });
});
