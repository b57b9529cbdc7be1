/**
 * What a send button is called, in the seven languages the adapters read: the generic reading takes a button near
 * the reply box whose label starts with one of these ("Send", "Send reply", "Submit as Solved", "Antworten").
 */
export const sendButtonNames: Readonly<Record<'en' | 'de' | 'fr' | 'es' | 'pt' | 'it' | 'nl', readonly string[]>> = {
  en: ['send', 'reply', 'submit', 'post', 'update', 'add note', 'add comment', 'comment'],
  de: ['senden', 'absenden', 'abschicken', 'antworten', 'veröffentlichen', 'aktualisieren', 'posten', 'einreichen'],
  fr: ['envoyer', 'répondre', 'soumettre', 'publier', 'poster', 'mettre à jour'],
  es: ['enviar', 'responder', 'publicar', 'actualizar'],
  pt: ['enviar', 'responder', 'publicar', 'atualizar', 'submeter'],
  it: ['invia', 'inviare', 'rispondi', 'pubblica', 'aggiorna'],
  nl: ['verzenden', 'verzend', 'versturen', 'verstuur', 'antwoorden', 'beantwoorden', 'plaatsen', 'bijwerken', 'indienen'],
};

/** A label is a button's visible words: longer ones are sentences, not a button's name. */
const longestLabel = 40;

const names = [...new Set(Object.values(sendButtonNames).flat())];
const namePattern = new RegExp(`^(?:${names.map((name) => name.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`, 'iu');

/** Whether a button's label names sending a reply. */
export function namesSending(label: string): boolean {
  const trimmed = label.trim().replace(/\s+/g, ' ');
  return trimmed.length <= longestLabel && namePattern.test(trimmed);
}
