import type { SendAttempt } from './send-attempt';

type FormField = HTMLInputElement | HTMLTextAreaElement;

/** A text's letters and digits only: a form field's copy of the draft may be HTML, with entities and other spacing. */
function signature(text: string): string {
  return text
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#?\w+;/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .toLowerCase();
}

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** Whether a field holds some version of the draft: most of the shorter one's words are in the other. */
function holdsAVersionOf(field: FormField, draft: string): boolean {
  const mine = words(field.value.replace(/<[^>]*>/g, ' '));
  const theirs = words(draft);
  const smaller = Math.min(mine.size, theirs.size);
  if (smaller === 0) return false;
  let shared = 0;
  for (const word of mine) if (theirs.has(word)) shared++;
  return shared / smaller >= 0.5;
}

function isHidden(field: FormField): boolean {
  return field.type === 'hidden' || field.ownerDocument.defaultView?.getComputedStyle(field).display === 'none' || field.getClientRects().length === 0;
}

function formOf(attempt: SendAttempt, editor: HTMLElement): HTMLFormElement | null {
  if (attempt.kind === 'submit') return attempt.form;
  if (attempt.kind === 'click') return attempt.control.closest('form') ?? editor.closest('form');
  return editor.closest('form');
}

function hiddenFields(form: HTMLFormElement, editor: HTMLElement): FormField[] {
  return [...form.querySelectorAll<FormField>('input[type=hidden], textarea')].filter((field) => field !== editor && isHidden(field));
}

/** The values of the hidden fields of the reply box's form as the agent starts writing. */
export function hiddenFieldValues(editor: HTMLElement): ReadonlyMap<FormField, string> {
  const form = editor.closest('form');
  return new Map(form ? hiddenFields(form, editor).map((field) => [field, field.value]) : []);
}

/**
 * The form fields the send will submit that an editor copies its draft into while the agent writes: hidden ones
 * (an `<input type=hidden>`, a textarea the editor replaced) of the reply box's own form holding a version of the
 * draft, whose value changed since `atStart`. Editors that debounce that copy leave it behind the draft for a moment,
 * and the held send waits until it has caught up; one that copies only when the form submits (CKEditor 4,
 * Summernote) never changed it, and is not waited for.
 */
export function draftCopies(attempt: SendAttempt, editor: HTMLElement, draft: string, atStart: ReadonlyMap<FormField, string>): FormField[] {
  const form = formOf(attempt, editor);
  if (!form) return [];
  return hiddenFields(form, editor).filter((field) => atStart.has(field) && atStart.get(field) !== field.value && holdsAVersionOf(field, draft));
}

/** Whether one of the copies holds this draft now. */
export function copiesHold(copies: readonly FormField[], draft: string): boolean {
  const wanted = signature(draft);
  return copies.some((field) => signature(field.value) === wanted);
}
