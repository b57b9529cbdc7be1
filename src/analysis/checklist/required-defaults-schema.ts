import { z } from 'zod';

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
  /** A regular expression, matched case-insensitive anywhere in the draft. */
  ticketReference: text.refine((source) => {
    try {
      return new RegExp(source, 'iu') instanceof RegExp;
    } catch {
      return false;
    }
  }, 'not a valid regular expression'),
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
