import { describe, expect, it } from 'vitest';
import { namesSending, sendButtonNames } from './send-button-names';
import { sendButtonNamesSchema } from './send-button-names-schema';

it('send-button-names.json matches its schema', () => {
  expect(sendButtonNamesSchema.safeParse(sendButtonNames).error).toBeUndefined();
});

describe.each(Object.entries(sendButtonNames.languages))('send-button names in %s', (_language, { names, examples }) => {
  it.each(examples.send)('%j names sending', (label) => expect(namesSending(label)).toBe(true));
  it.each(examples.notSend)('%j does not', (label) => expect(namesSending(label)).toBe(false));
  // So that deleting a name fails a test: each is the start of one of the language's examples.
  it.each(names)('%j starts an example', (name) => {
    expect(examples.send.some((label) => label.toLowerCase().replace(/\s+/g, ' ').startsWith(name))).toBe(true);
  });
});
