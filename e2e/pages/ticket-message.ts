/** The customer's latest message on every fixture page: angry, repeat contact, a refund demand and a threat to leave. */
export const customerMessage =
  "This is the THIRD time I'm writing about order #4471. Still no refund and nobody answers! " +
  "If I don't get my money back by Friday I'm cancelling my account and posting a review.";

/** Renders a help-desk-like ticket: the customer's message above a labelled reply area, returned for the editor. */
export function renderTicket(title: string): HTMLElement {
  document.title = `Ticket #4471 · ${title}`;
  const main = document.createElement('main');
  const message = document.createElement('article');
  message.className = 'message';
  const from = document.createElement('div');
  from.className = 'from';
  from.textContent = 'Dana Whitfield <dana@example.com>';
  const body = document.createElement('p');
  body.textContent = customerMessage;
  message.append(from, body);
  const label = document.createElement('label');
  label.className = 'reply-label';
  label.textContent = `Reply (${title})`;
  const area = document.createElement('div');
  area.className = 'reply-area';
  main.append(message, label, area);
  document.body.append(main);
  return area;
}
