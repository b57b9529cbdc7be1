import { z } from 'zod';
import { parsePattern } from '../rules/pattern';

const text = z.string().trim().min(1);
const element = z.strictObject({ title: text, hint: text });
const examples = z.strictObject({ match: z.array(text).min(1), noMatch: z.array(text).min(1) });

/** The schema of `lexicons/playbook/required-defaults.json`: what required elements look for by default. */
export const requiredDefaultsSchema = z.strictObject({
  description: text,
  /** Lower-case words that open a greeting. */
  greetingWords: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)).min(1),
  /** Words after a greeting that are not a name: "Hi there", "Hello team". */
  notNames: z.array(z.string().regex(/^[a-z]+$/)),
  /** A line pattern (docs/lexicons.md), found anywhere in any line of the draft. */
  ticketReference: text.superRefine((source, context) => {
    try {
      parsePattern(source, 'line');
    } catch (error) {
      context.addIssue({ code: 'custom', message: (error as Error).message });
    }
  }),
  /** A sign-off closes the reply: it is looked for in this many last lines. */
  signOffLines: z.number().int().min(1),
  elements: z.strictObject({
    /** `hintWithName` is used when the customer's name is known; `{firstName}` inserts it. */
    greeting: element.extend({ hintWithName: text.includes('{firstName}') }),
    'sign-off': element,
    'ticket-reference': element,
  }),
  /** The hint for a team's own element without a hint; `{title}` inserts its title. */
  otherHint: text.includes('{title}'),
  examples: z.strictObject({ greeting: examples, ticketReference: examples }),
});

export type RequiredDefaults = z.input<typeof requiredDefaultsSchema>;
