import { afterAll, beforeAll } from 'vitest';

/**
 * Something the tests of the enclosing `describe` share, such as the browser or the pages server: opened before
 * the first test, closed after the last. The getter returns it inside a test or hook, once it is open.
 */
export function sharedInSuite<T extends { close(): Promise<void> }>(open: () => Promise<T>): () => T {
  let opened: T | undefined;
  beforeAll(async () => {
    opened = await open();
  });
  afterAll(async () => {
    await opened?.close();
  });
  return () => {
    if (!opened) throw new Error('opened in beforeAll: read it inside a test or a later hook');
    return opened;
  };
}
