import { describe, expect, it } from 'vitest';
import { isOpenShortcut } from './open-shortcut';

const press = (change: Partial<KeyboardEvent>) => ({ altKey: true, shiftKey: true, ctrlKey: false, metaKey: false, code: 'KeyK', key: 'K', isComposing: false, ...change });

describe('the shortcut that opens the panel', () => {
  it('is Alt+Shift+K, read from the physical key', () => {
    expect(isOpenShortcut(press({}))).toBe(true);
    // Option+Shift+K on a Mac reports the character it types.
    expect(isOpenShortcut(press({ key: '\uf8ff' }))).toBe(true);
    expect(isOpenShortcut(press({ code: '', key: 'k' }))).toBe(true);
  });

  it('is not the same key with other modifiers, another key, or a key of an open composition', () => {
    expect(isOpenShortcut(press({ shiftKey: false }))).toBe(false);
    expect(isOpenShortcut(press({ altKey: false }))).toBe(false);
    expect(isOpenShortcut(press({ ctrlKey: true }))).toBe(false);
    expect(isOpenShortcut(press({ metaKey: true }))).toBe(false);
    expect(isOpenShortcut(press({ code: 'KeyT', key: 'T' }))).toBe(false);
    expect(isOpenShortcut(press({ isComposing: true }))).toBe(false);
  });
});
