import { describe, expect, it } from 'vitest';
import { customerTextLimit, customerTextToRead } from './customer-text-to-read';

describe("the part of the customer's message the coach reads", () => {
  it('is the whole message up to the limit', () => {
    const message = 'a'.repeat(customerTextLimit);
    expect(customerTextToRead(message)).toBe(message);
  });

  it('is the opening and the close of a longer one, as two paragraphs', () => {
    const message = `${'o'.repeat(customerTextLimit)}${'m'.repeat(96_000)}${'c'.repeat(customerTextLimit)}`;
    const read = customerTextToRead(message);
    expect(read).toBe(`${'o'.repeat(customerTextLimit / 2)}\n\n${'c'.repeat(customerTextLimit / 2)}`);
  });
});
