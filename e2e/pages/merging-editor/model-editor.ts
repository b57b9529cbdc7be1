/**
 * An in-house editor of the kind help desks and CRMs build themselves, which no library marker names: it keeps
 * its own document model (the text, "\n" between paragraphs), applies every `beforeinput` and paste to it, renders
 * the DOM from it after each change, and has its own undo manager that merges consecutive typing into one step.
 * A DOM change it did not make (the browser's `execCommand('insertText')` fires `input` but no `beforeinput`) is
 * read back into the model as more typing, so it joins the typing's undo step: one Ctrl+Z then takes the whole
 * draft away with it, as measured in such an editor.
 */

export interface ModelEditorOptions {
  /**
   * `typing` for an editor that handles only what typing sends: a spelling replacement or a paste then reaches it as
   * a DOM change, as more typing. By default it takes replacements and pastes as steps of their own.
   */
  handles?: 'all' | 'typing';
}

type ChangeKind = 'typing' | 'replacement' | 'paste';

interface Step {
  kind: ChangeKind;
  before: string;
  after: string;
  /** The caret after undoing and after redoing this step. */
  caretBefore: number;
  caretAfter: number;
}

export interface ModelEditor {
  /** The model's text. */
  text(): string;
  /** The steps in the undo history, so tests can tell a fix that merged into the typing from one of its own. */
  undoDepth(): number;
}

const typingInputs = new Set(['insertText', 'insertParagraph', 'insertLineBreak', 'deleteContentBackward', 'deleteContentForward', 'deleteWordBackward', 'deleteWordForward']);

export function createModelEditor(root: HTMLElement, { handles = 'all' }: ModelEditorOptions = {}): ModelEditor {
  let text = '';
  const undo: Step[] = [];
  const redo: Step[] = [];
  /** Set after an undo, redo or a non-typing change, so the next typing starts a step of its own. */
  let typingClosed = true;

  const render = (caret: number): void => {
    const paragraphs = text.split('\n').map((line) => {
      const paragraph = root.ownerDocument.createElement('p');
      paragraph.append(line === '' ? root.ownerDocument.createElement('br') : root.ownerDocument.createTextNode(line));
      return paragraph;
    });
    root.replaceChildren(...paragraphs);
    if (root.ownerDocument.activeElement === root) setCaret(caret);
  };

  /** The model offset of a DOM point: paragraphs before it, each with its "\n", and the offset in its text. */
  const offsetOf = (node: Node, offset: number): number => {
    const paragraphs = [...root.children];
    const index = paragraphs.findIndex((paragraph) => paragraph === node || paragraph.contains(node));
    if (index < 0) return node === root && offset < paragraphs.length ? lengthBefore(offset) : text.length;
    const inParagraph = node.nodeType === Node.TEXT_NODE ? offset : offset === 0 ? 0 : (paragraphs[index]!.textContent ?? '').length;
    return lengthBefore(index) + inParagraph;
  };
  const lengthBefore = (paragraphIndex: number): number =>
    text
      .split('\n')
      .slice(0, paragraphIndex)
      .reduce((sum, line) => sum + line.length + 1, 0);

  const setCaret = (caret: number): void => {
    const lines = text.split('\n');
    let rest = caret;
    let index = 0;
    while (index < lines.length - 1 && rest > lines[index]!.length) rest -= lines[index]!.length + 1;
    const paragraph = root.children[index] ?? root;
    const target = paragraph.firstChild?.nodeType === Node.TEXT_NODE ? paragraph.firstChild : paragraph;
    const selection = root.ownerDocument.getSelection();
    selection?.setBaseAndExtent(target, target === paragraph ? 0 : rest, target, target === paragraph ? 0 : rest);
  };

  const change = (start: number, end: number, inserted: string, kind: ChangeKind): void => {
    const before = text;
    text = text.slice(0, start) + inserted + text.slice(end);
    const caret = start + inserted.length;
    const last = undo[undo.length - 1];
    if (kind === 'typing' && !typingClosed && last?.kind === 'typing') {
      last.after = text;
      last.caretAfter = caret;
    } else {
      undo.push({ kind, before, after: text, caretBefore: end, caretAfter: caret });
    }
    redo.length = 0;
    typingClosed = kind !== 'typing';
    render(caret);
  };

  const travel = (from: Step[], to: Step[], direction: 'undo' | 'redo'): void => {
    const step = from.pop();
    if (!step) return;
    to.push(step);
    text = direction === 'undo' ? step.before : step.after;
    typingClosed = true;
    render(direction === 'undo' ? step.caretBefore : step.caretAfter);
  };

  /** The range an input event names, or the selection: as model offsets. */
  const rangeOf = (event: InputEvent): [number, number] | null => {
    const target = event.getTargetRanges()[0];
    if (target) return ordered(offsetOf(target.startContainer, target.startOffset), offsetOf(target.endContainer, target.endOffset));
    const selection = root.ownerDocument.getSelection();
    if (!selection || selection.rangeCount === 0) return null;
    const range = selection.getRangeAt(0);
    return ordered(offsetOf(range.startContainer, range.startOffset), offsetOf(range.endContainer, range.endOffset));
  };
  const selectionRange = (): [number, number] | null => {
    const selection = root.ownerDocument.getSelection();
    if (!selection || selection.rangeCount === 0) return null;
    const range = selection.getRangeAt(0);
    return ordered(offsetOf(range.startContainer, range.startOffset), offsetOf(range.endContainer, range.endOffset));
  };

  root.contentEditable = 'true';
  // Spaces the model holds are shown as typed (as ProseMirror does), or the browser would collapse a trailing one.
  root.style.whiteSpace = 'pre-wrap';
  render(0);
  root.addEventListener('beforeinput', (event) => {
    if (handles === 'typing' && !typingInputs.has(event.inputType) && !event.inputType.startsWith('history')) return;
    event.preventDefault();
    if (event.inputType === 'historyUndo') return travel(undo, redo, 'undo');
    if (event.inputType === 'historyRedo') return travel(redo, undo, 'redo');
    const range = rangeOf(event);
    if (!range) return;
    let [start, end] = range;
    const carried = event.data ?? event.dataTransfer?.getData('text/plain') ?? '';
    if (event.inputType === 'insertReplacementText') return change(start, end, carried, 'replacement');
    if (event.inputType === 'insertFromPaste') return change(start, end, carried, 'paste');
    if (!typingInputs.has(event.inputType)) return;
    if (start === end && event.inputType === 'deleteContentBackward') start = Math.max(0, start - 1);
    if (start === end && event.inputType === 'deleteContentForward') end = Math.min(text.length, end + 1);
    change(start, end, event.inputType === 'insertParagraph' || event.inputType === 'insertLineBreak' ? '\n' : event.inputType.startsWith('delete') ? '' : carried, 'typing');
  });
  root.addEventListener('paste', (event) => {
    if (handles === 'typing') return;
    event.preventDefault();
    const range = selectionRange();
    if (range) change(range[0], range[1], event.clipboardData?.getData('text/plain') ?? '', 'paste');
  });
  root.addEventListener('keydown', (event) => {
    if (!(event.ctrlKey || event.metaKey)) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) {
      event.preventDefault();
      travel(undo, redo, 'undo');
    } else if (key === 'y' || (key === 'z' && event.shiftKey)) {
      event.preventDefault();
      travel(redo, undo, 'redo');
    }
  });
  // A change made to the DOM without a beforeinput: taken into the model as typing, then rendered from it.
  root.addEventListener('input', () => {
    const domText = [...root.children].map((paragraph) => paragraph.textContent ?? '').join('\n');
    if (domText === text) return;
    const caret = selectionRange()?.[1] ?? domText.length;
    const prefix = commonPrefix(text, domText);
    const suffix = commonSuffix(text.slice(prefix), domText.slice(prefix));
    change(prefix, text.length - suffix, domText.slice(prefix, domText.length - suffix), 'typing');
    setCaret(caret);
  });
  return { text: () => text, undoDepth: () => undo.length };
}

function ordered(a: number, b: number): [number, number] {
  return a <= b ? [a, b] : [b, a];
}

function commonPrefix(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return length;
}

function commonSuffix(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[a.length - 1 - length] === b[b.length - 1 - length]) length++;
  return length;
}
