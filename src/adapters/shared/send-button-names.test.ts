import { expect, it } from 'vitest';
import { namesSending } from './send-button-names';

it('names sending in the seven languages the adapters read, as a label starts', () => {
  const sending = ['Send', 'Send reply', 'Submit as Solved', 'Post Reply', 'Update', 'Antworten', 'Absenden', 'Envoyer', 'Mettre à jour', 'Enviar respuesta', 'Atualizar', 'Invia', 'Versturen'];
  expect(sending.filter((label) => !namesSending(label))).toEqual([]);
  const other = ['Sender settings', 'Replying to Dana', 'Save draft', 'Discard', 'Postpone', 'Send the customer a survey after the ticket is solved, please'];
  expect(other.filter((label) => namesSending(label))).toEqual([]);
});
