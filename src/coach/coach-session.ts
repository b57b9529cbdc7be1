import { analyzeCustomer, analyzeDraft } from '../analysis/index';
import type { Finding } from '../analysis/types';
import { detectEditorKind } from '../editors/editor-kind';
import { readEditorText } from '../editors/read-editor-text';
import { applyReplacement } from '../editors/apply-replacement';
import { findCustomerMessage } from './find-customer-message';
import { findingKey, updateEditor, type CoachStore, type EditorState } from './coach-store';

let nextId = 1;

/**
 * Coaches one reply box: re-analyses on every edit (only changed sentences cost anything), applies fixes,
 * and remembers what the agent ignored. Everything it starts stops when `signal` aborts.
 */
export class CoachSession {
  readonly id = nextId++;
  private readonly ignoredFindings = new Set<string>();
  private readonly ignoredRules = new Set<string>();
  /** When the agent last edited the draft: some editors must not receive a fix too soon after typing. */
  private editedAt: number | undefined;

  constructor(
    readonly editor: HTMLElement,
    private readonly store: CoachStore,
    signal: AbortSignal,
  ) {
    const customerText = findCustomerMessage(editor);
    const customer = customerText ? analyzeCustomer(customerText) : null;
    const text = readEditorText(editor);
    const analysis = analyzeDraft(text.text, customer ? { customer } : {});
    const state: EditorState = { id: this.id, editor, kind: detectEditorKind(editor), customer, text, analysis, findings: analysis.findings, notice: null };
    store.editors.value = [...store.editors.value, state];
    const edited = (): void => {
      this.editedAt = performance.now();
      this.refresh();
    };
    // Some editors (Slate) render typed text themselves and cancel the browser's input, so no `input` event
    // follows; their DOM changes still tell that the draft changed. An `input` takes the pending records, so
    // one edit is analysed once.
    const changes = editor instanceof HTMLTextAreaElement ? null : new MutationObserver(edited);
    changes?.observe(editor, { childList: true, characterData: true, subtree: true });
    signal.addEventListener('abort', () => changes?.disconnect());
    editor.addEventListener(
      'input',
      () => {
        changes?.takeRecords();
        edited();
      },
      { signal },
    );
    editor.addEventListener('compositionend', () => this.refresh(), { signal });
    signal.addEventListener('abort', () => {
      store.editors.value = store.editors.value.filter((candidate) => candidate.id !== this.id);
      if (store.openPanel.value === this.id) store.openPanel.value = null;
      if (store.openCard.value?.editorId === this.id) store.openCard.value = null;
    });
  }

  /** Reads and analyses the draft again; called on every edit. */
  refresh(notice: string | null = null): void {
    updateEditor(this.store, this.id, (state) => {
      const text = readEditorText(this.editor);
      const analysis = analyzeDraft(text.text, state.customer ? { customer: state.customer } : {});
      return { ...state, text, analysis, findings: this.visible(analysis.findings), notice };
    });
    const card = this.store.openCard.value;
    if (card?.editorId === this.id && !this.current()?.findings.some((finding) => findingKey(finding) === findingKey(card.finding))) {
      this.store.openCard.value = null;
    }
  }

  async apply(finding: Finding, suggestion: string): Promise<void> {
    const state = this.current();
    if (!state) return;
    const outcome = await applyReplacement(this.editor, state.kind, {
      draft: state.text.text,
      start: finding.start,
      end: finding.end,
      expected: finding.text,
      text: suggestion,
      editedAt: this.editedAt,
    });
    this.store.openCard.value = null;
    if (outcome.status === 'applied') this.refresh();
    else if (outcome.status === 'stale') this.refresh('The text changed since it was checked, so the fix was not applied. Here is the fresh check.');
    else this.refresh(`The fix could not be applied: ${outcome.reason}. Your text is unchanged by Tactful.`);
  }

  ignoreFinding(finding: Finding): void {
    this.ignoredFindings.add(findingKey(finding));
    this.refresh();
  }

  ignoreRule(ruleId: string): void {
    this.ignoredRules.add(ruleId);
    this.refresh();
  }

  private current(): EditorState | undefined {
    return this.store.editors.value.find((state) => state.id === this.id);
  }

  private visible(findings: readonly Finding[]): Finding[] {
    return findings.filter((finding) => !this.ignoredRules.has(finding.ruleId) && !this.ignoredFindings.has(findingKey(finding)));
  }
}
