import type { RequiredElement } from '../analysis-policy';
import type { ChecklistItem } from '../types';

const greetingWords = String.raw`(?:hi|hello|hey|dear|greetings|good\s+(?:morning|afternoon|evening|day))`;
/** Words after a greeting that are not a name: "Hi there", "Hello team". */
const notNames = new Set(['there', 'team', 'all', 'everyone', 'folks', 'guys', 'friend', 'customer', 'sir', 'madam']);
const defaultSignOffs = [
  'best regards',
  'kind regards',
  'warm regards',
  'regards',
  'best wishes',
  'all the best',
  'best',
  'thanks',
  'thank you',
  'many thanks',
  'cheers',
  'sincerely',
  'take care',
];
const defaultTicketReference = String.raw`(?:#\s?\d{3,}|\b(?:ticket|case|request|reference|ref)\.?\s*(?:no\.?|number|#|id)?\s*:?\s*[A-Z0-9-]*\d{3,})`;

const defaults: Record<'greeting' | 'sign-off' | 'ticket-reference', { title: string; hint: string }> = {
  greeting: { title: 'Greeting with the name', hint: 'Open with a greeting that uses the customer’s name, e.g. "Hi Dana,".' },
  'sign-off': { title: 'Sign-off', hint: 'End with your team’s sign-off, e.g. "Kind regards,".' },
  'ticket-reference': { title: 'Ticket reference', hint: 'Mention the ticket number, e.g. "ticket #48213".' },
};

/** A greeting uses the first name: "Hi Dana," for Dana Whitfield. */
function firstNameOf(customerName: string | undefined): string | undefined {
  return customerName?.trim().split(/\s+/)[0] || undefined;
}

/** With the customer's name known, the hint says which name: the agent need not scroll back to find it. */
function greetingHint(customerName: string | undefined): string {
  const firstName = firstNameOf(customerName);
  return firstName ? `Open with a greeting that uses the customer’s name: "Hi ${firstName},".` : defaults.greeting.hint;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A phrase as a case-insensitive match of whole words, whitespace-tolerant. */
function phraseRegExp(phrase: string): RegExp {
  const words = phrase.trim().split(/\s+/).map(escapeRegExp).join(String.raw`\s+`);
  return new RegExp(String.raw`(?<![\p{L}\p{N}])${words}(?![\p{L}\p{N}])`, 'iu');
}

function nonEmptyLines(draft: string): string[] {
  return draft.split(/\r\n?|\n/).map((line) => line.trim()).filter((line) => line !== '');
}

function hasGreeting(draft: string, customerName: string | undefined): boolean {
  const first = nonEmptyLines(draft)[0];
  if (first === undefined) return false;
  const greeting = new RegExp(String.raw`^${greetingWords}\b[\s,]*(\p{Lu}[\p{L}'’-]*)`, 'iu').exec(first);
  if (!greeting) return false;
  const firstName = firstNameOf(customerName);
  // Knowing the name, the greeting must use it; otherwise any capitalised word that is no stand-in for a name.
  if (firstName) return phraseRegExp(firstName).test(first);
  const word = greeting[1]!;
  return word[0] === word[0]!.toUpperCase() && !notNames.has(word.toLowerCase());
}

function hasSignOff(draft: string, phrases: readonly string[]): boolean {
  // A sign-off closes the reply: look at its last lines only, not at "thanks" in the middle.
  const closing = nonEmptyLines(draft).slice(-3).join('\n');
  return phrases.some((phrase) => phraseRegExp(phrase).test(closing));
}

function itemId(element: RequiredElement): `required:${string}` {
  return `required:${element.id ?? element.kind}`;
}

function isMet(element: RequiredElement, draft: string, customerName: string | undefined): boolean {
  switch (element.kind) {
    case 'greeting':
      return hasGreeting(draft, customerName);
    case 'sign-off':
      return hasSignOff(draft, element.phrases ?? defaultSignOffs);
    case 'ticket-reference':
      return new RegExp(element.regex ?? defaultTicketReference, 'iu').test(draft);
    case 'phrase':
      return element.phrases.some((phrase) => phraseRegExp(phrase).test(draft));
    case 'regex':
      return new RegExp(element.regex, 'iu').test(draft);
  }
}

/**
 * The team's required elements as checklist items. They do not depend on the customer's mood: every reply
 * needs them. They are checked on the whole draft, which costs a few regular expressions per keystroke.
 */
export function evaluateRequired(draft: string, required: readonly RequiredElement[] | undefined, customerName?: string): ChecklistItem[] {
  return (required ?? []).map((element) => {
    const fallback = element.kind === 'phrase' || element.kind === 'regex' ? undefined : defaults[element.kind];
    const title = element.title ?? fallback?.title ?? element.id ?? element.kind;
    if (isMet(element, draft, customerName)) return { id: itemId(element), status: 'met', hint: `${title}: done.`, title };
    const hint = element.hint ?? (element.kind === 'greeting' ? greetingHint(customerName) : fallback?.hint) ?? `Your team asks every reply to include: ${title}.`;
    return { id: itemId(element), status: 'missing', hint, title };
  });
}
