import { describe, expect, it } from 'vitest';
import { analyzeCustomer, analyzeDraft } from '../index';
import { evaluateRequired, requiredDefaults } from './evaluate-required';
import { requiredDefaultsSchema } from './required-defaults-schema';
import { signOffLexicon } from '../text/text-lexicon';

function status(draft: string, ...args: Parameters<typeof evaluateRequired> extends [string, ...infer Rest] ? Rest : never): string[] {
  return evaluateRequired(draft, ...args).map((item) => `${item.id}=${item.status}`);
}

describe('required elements', () => {
  it('asks for a greeting with a name', () => {
    expect(status('Hi Dana,\nThanks.', [{ kind: 'greeting' }])).toEqual(['required:greeting=met']);
    expect(status('Hi there,\nThanks.', [{ kind: 'greeting' }])).toEqual(['required:greeting=missing']);
    expect(status('Thanks for writing.', [{ kind: 'greeting' }])).toEqual(['required:greeting=missing']);
    expect(status('Hello Dana,', [{ kind: 'greeting' }], 'Sam Lee')).toEqual(['required:greeting=missing']);
    expect(status('Good morning Sam,', [{ kind: 'greeting' }], 'Sam Lee')).toEqual(['required:greeting=met']);
  });

  it('asks for a sign-off at the end only', () => {
    expect(status('Hi Dana,\nIt is fixed.\n\nKind regards,\nAlex', [{ kind: 'sign-off' }])).toEqual(['required:sign-off=met']);
    expect(status('Thanks for waiting.\nIt is fixed.\nI checked it.\nIt works now.', [{ kind: 'sign-off' }])).toEqual(['required:sign-off=missing']);
    expect(status('Done.\nCiao,\nAlex', [{ kind: 'sign-off', phrases: ['ciao'] }])).toEqual(['required:sign-off=met']);
  });

  it('asks for a ticket reference, by default or by the team’s expression', () => {
    expect(status('About ticket #48213: fixed.', [{ kind: 'ticket-reference' }])).toEqual(['required:ticket-reference=met']);
    expect(status('About your order: fixed.', [{ kind: 'ticket-reference' }])).toEqual(['required:ticket-reference=missing']);
    expect(status('See SUP-1234.', [{ kind: 'ticket-reference', regex: String.raw`\bSUP-\d+` }])).toEqual(['required:ticket-reference=met']);
  });

  it('asks for the team’s own phrases and expressions, with their titles and hints', () => {
    const items = evaluateRequired('Hi Dana, we are on it.', [
      { kind: 'phrase', id: 'survey', title: 'Survey link', hint: 'Add the survey link.', phrases: ['rate your experience'] },
      { kind: 'regex', id: 'url', title: 'Help link', regex: String.raw`https://help\.example\.com` },
    ]);
    expect(items).toEqual([
      { id: 'required:survey', status: 'missing', hint: 'Add the survey link.', title: 'Survey link' },
      { id: 'required:url', status: 'missing', hint: 'Your team asks every reply to include: Help link.', title: 'Help link' },
    ]);
  });

  it('comes after the playbook items, and only when the policy asks', () => {
    expect(analyzeDraft('Hi Dana,').checklist.every((item) => !item.id.startsWith('required:'))).toBe(true);
    const checklist = analyzeDraft('Hi Dana,', { policy: { required: [{ kind: 'greeting' }] }, customerName: 'Dana' }).checklist;
    expect(checklist.at(-1)).toMatchObject({ id: 'required:greeting', status: 'met', title: 'Greeting with the name' });
    expect(checklist).toHaveLength(8);
  });

  it('takes the name the customer signs with, when the page does not tell it, and names it in the hint', () => {
    const policy = { required: [{ kind: 'greeting' as const }] };
    const customer = analyzeCustomer('My order never arrived and nobody answers.\n\nRegards,\nDana Whitfield');
    expect(customer.name).toBe('Dana Whitfield');
    const greeting = (draft: string, customerName?: string) => analyzeDraft(draft, { policy, customer, customerName }).checklist.at(-1);
    expect(greeting('Hi Sam,\nI am sorry.')).toMatchObject({ status: 'missing', hint: 'Open with a greeting that uses the customer’s name: "Hi Dana,".' });
    expect(greeting('Hi Dana,\nI am sorry.')).toMatchObject({ status: 'met' });
    // The name the page tells wins over the signature.
    expect(greeting('Hi Dana,\nI am sorry.', 'Morgan Lee')).toMatchObject({ status: 'missing', hint: expect.stringContaining('"Hi Morgan,"') });
  });
});

describe('required defaults', () => {
  it('are valid against their schema', () => {
    expect(requiredDefaultsSchema.safeParse(requiredDefaults).error).toBeUndefined();
  });

  const { greeting, ticketReference } = requiredDefaults.examples;
  it.each(greeting.match)('reads %j as a greeting', (draft) => expect(status(draft, [{ kind: 'greeting' }])).toEqual(['required:greeting=met']));
  it.each(greeting.noMatch)('reads %j as no greeting', (draft) => expect(status(draft, [{ kind: 'greeting' }])).toEqual(['required:greeting=missing']));
  const { requiredSignOff } = signOffLexicon.examples;
  it.each(requiredSignOff.match)('finds a sign-off in %j', (draft) => expect(status(draft, [{ kind: 'sign-off' }])).toEqual(['required:sign-off=met']));
  it.each(requiredSignOff.noMatch)('finds no sign-off in %j', (draft) => expect(status(draft, [{ kind: 'sign-off' }])).toEqual(['required:sign-off=missing']));
  it.each(ticketReference.match)('finds a ticket reference in %j', (draft) =>
    expect(status(draft, [{ kind: 'ticket-reference' }])).toEqual(['required:ticket-reference=met']),
  );
  it.each(ticketReference.noMatch)('finds no ticket reference in %j', (draft) =>
    expect(status(draft, [{ kind: 'ticket-reference' }])).toEqual(['required:ticket-reference=missing']),
  );
});
