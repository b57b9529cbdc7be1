import { describe, expect, it } from 'vitest';
import { signOffLexicon } from '../text/text-lexicon';
import { findCustomerName } from './find-customer-name';

describe('findCustomerName', () => {
  it.each(signOffLexicon.examples.customerName.match.map((example) => [example.text, example.name]))('finds the name in %j', (text, name) => {
    expect(findCustomerName(text)).toBe(name);
  });

  it.each(signOffLexicon.examples.customerName.noMatch)('finds no name in %j', (text) => {
    expect(findCustomerName(text)).toBeUndefined();
  });

  it('reads only the end of the message, and not the sign-off of a quoted earlier message', () => {
    expect(findCustomerName('Thanks, Dana\nI wrote before and nobody answered.\nStill broken.\nStill waiting.\nPlease hurry.')).toBeUndefined();
    expect(findCustomerName('Still broken.\n\nOn Mon, 3 Nov 2026 at 10:02, Acme Support <help@acme.test> wrote:\n> Thanks,\n> Alex')).toBeUndefined();
    expect(findCustomerName('Still broken.\nThanks, Dana\n\nOn Mon, 3 Nov 2026 at 10:02, Acme Support <help@acme.test> wrote:\n> Regards,\n> Alex')).toBe('Dana');
  });
});
