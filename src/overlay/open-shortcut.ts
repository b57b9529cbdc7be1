/**
 * The key that opens the panel (or reaches an open card) from inside the reply box: Alt+Shift+K, Option+Shift+K on
 * a Mac. Chosen because the places agents write leave it free: Gmail's compose keys are Ctrl/⌘(+Shift) and single
 * letters outside text boxes, Zendesk's are Ctrl+Alt (Ctrl+Option on a Mac), Outlook on the web's are Ctrl(+Shift)
 * and single letters, TinyMCE's Alt+Shift keys are digits; Chromium takes Alt+Shift+T, I and A, macOS's VoiceOver
 * Ctrl+Option; Option+Shift+K types only the Apple logo.
 */
export const openShortcut = {
  /** The `aria-keyshortcuts` value (ARIA names Option as Alt). */
  aria: 'Alt+Shift+K',
  label: 'Alt+Shift+K',
} as const;

/**
 * Whether a key press is the shortcut. The physical key is read (`code`), since Option+Shift+K on a Mac reports the
 * character it would type as its `key`; `key` is the fallback for keyboards that send no code.
 */
export function isOpenShortcut(event: Pick<KeyboardEvent, 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'code' | 'key' | 'isComposing'>): boolean {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey || event.isComposing) return false;
  return event.code ? event.code === 'KeyK' : event.key.toLowerCase() === 'k';
}
