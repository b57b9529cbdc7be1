/** Ctrl+Z, or ⌘+Z on a Mac: the undo key of every editor (Shift with it is redo). */
export function isUndoKey(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'z';
}

/** A modifier pressed alone, as on the way to a shortcut: it says nothing about what the agent did. */
export function isModifierKey(event: KeyboardEvent): boolean {
  return event.key === 'Control' || event.key === 'Meta' || event.key === 'Shift' || event.key === 'Alt';
}
