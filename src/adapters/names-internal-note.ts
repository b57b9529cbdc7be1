/**
 * Whether a label names an internal note. Some products mark the note mode only by the text of a switch, a tab or a
 * lozenge, and that text follows the agent's language: the common wordings of the languages support teams most
 * use are listed, so a German or Spanish agent's notes relax the customer-tone rules too.
 */
const noteWordings = [
  // English
  'internal note',
  'internal comment',
  'internal reply',
  'private note',
  'private comment',
  'private reply',
  'add note',
  'add a note',
  // German
  'interne notiz',
  'interner kommentar',
  'private notiz',
  'notiz hinzufügen',
  // French
  'note interne',
  'commentaire interne',
  'note privée',
  'ajouter une note',
  // Spanish and Portuguese
  'nota interna',
  'comentario interno',
  'comentário interno',
  'nota privada',
  'añadir nota',
  'agregar nota',
  'adicionar nota',
  // Italian
  'commento interno',
  'nota privata',
  'aggiungi nota',
  // Dutch
  'interne notitie',
  'interne opmerking',
  'notitie toevoegen',
];

const noteLabel = new RegExp(`(?<![\\p{L}\\p{N}])(?:${noteWordings.map((wording) => wording.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`, 'iu');

export function namesInternalNote(label: string): boolean {
  return noteLabel.test(label);
}
