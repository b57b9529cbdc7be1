import requiredDefaultsData from '../../../lexicons/playbook/required-defaults.json';
import type { RequiredElement } from '../analysis-policy';
import type { ChecklistItem } from '../types';
import type { RequiredDefaults } from './required-defaults-schema';
import { signOffLexicon } from '../text/text-lexicon';

/** What required elements look for by default, and how the checklist names and asks for them. */
export const requiredDefaults = requiredDefaultsData as RequiredDefaults;
const greetingWords = `(?:${requiredDefaults.greetingWords.map((words) => words.replace(/ /g, String.raw`\s+`)).join('|')})`;
const notNames = new Set(requiredDefaults.notNames);
const defaults = requiredDefaults.elements;

/** A greeting uses the first name: "Hi Dana," for Dana Whitfield. */
function firstNameOf(customerName: string | undefined): string | undefined {
  return customerName?.trim().split(/\s+/)[0] || undefined;
}

/** With the customer's name known, the hint says which name: the agent need not scroll back to find it. */
function greetingHint(customerName: string | undefined): string {
  const firstName = firstNameOf(customerName);
  return firstName ? defaults.greeting.hintWithName.replace('{firstName}', firstName) : defaults.greeting.hint;
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
  const closing = nonEmptyLines(draft).slice(-requiredDefaults.signOffLines).join('\n');
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
      return hasSignOff(draft, element.phrases ?? signOffLexicon.closings);
    case 'ticket-reference':
      return new RegExp(element.regex ?? requiredDefaults.ticketReference, 'iu').test(draft);
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
    const hint = element.hint ?? (element.kind === 'greeting' ? greetingHint(customerName) : fallback?.hint) ?? requiredDefaults.otherHint.replace('{title}', title);
    return { id: itemId(element), status: 'missing', hint, title };
  });
}
