import requiredDefaultsData from '../../../lexicons/playbook/required-defaults.json';
import type { RequiredElement } from '../analysis-policy';
import type { ChecklistItem } from '../types';
import type { RequiredDefaults } from './required-defaults-schema';
import { matchPatternAt } from '../rules/match-pattern';
import { parsePattern, type Pattern } from '../rules/pattern';
import { tagLine, type TaggedSentence } from '../text/tag-sentence';
import { signOffLexicon } from '../text/text-lexicon';
import { tokenize } from '../text/tokenize';

/** What required elements look for by default, and how the checklist names and asks for them. */
export const requiredDefaults = requiredDefaultsData as RequiredDefaults;
/** A greeting opens the first line, with the word after it as the name it may hold: "Hi Dana,", "Good morning, Sam". */
const greetingLine = parsePattern(`^ (${requiredDefaults.greetingWords.join('|')}) ,? [<name> .]`, 'line');
const ticketReference = parsePattern(requiredDefaults.ticketReference, 'line');
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

/** Whether the words of `words` stand in a row somewhere in the line. */
function containsWords(line: TaggedSentence, words: readonly string[]): boolean {
  return line.tokens.some((_, start) => words.every((word, i) => line.tokens[start + i]?.normal === word));
}

function hasGreeting(draft: string, customerName: string | undefined): boolean {
  const first = nonEmptyLines(draft)[0];
  if (first === undefined) return false;
  const line = tagLine(first);
  const nameSpan = matchPatternAt(greetingLine, line, 0)?.groups.name;
  if (!nameSpan) return false;
  const firstName = firstNameOf(customerName);
  // Knowing the name, the greeting must use it; otherwise any capitalised word that is no stand-in for a name.
  if (firstName) return containsWords(line, tokenize(firstName).map((token) => token.normal));
  const name = line.tokens[nameSpan[0]]!;
  return name.titleCase && !notNames.has(name.normal);
}

/** A line with three digits in a row can hold a reference: only such lines are tagged, so a long draft costs little. */
const mayHoldReference = /\d{3}/;

function hasTicketReference(draft: string, reference: Pattern): boolean {
  return nonEmptyLines(draft).some((text) => {
    if (!mayHoldReference.test(text)) return false;
    const line = tagLine(text);
    return line.tokens.some((_, start) => matchPatternAt(reference, line, start) !== null);
  });
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
      // A team's own regular expression for its reference format, or the playbook's line pattern.
      return element.regex ? new RegExp(element.regex, 'iu').test(draft) : hasTicketReference(draft, ticketReference);
    case 'phrase':
      return element.phrases.some((phrase) => phraseRegExp(phrase).test(draft));
    case 'regex':
      return new RegExp(element.regex, 'iu').test(draft);
  }
}

/**
 * The team's required elements as checklist items. They do not depend on the customer's mood: every reply
 * needs them. They are checked on the whole draft, which costs a few line patterns per keystroke.
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
