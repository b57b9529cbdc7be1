import { analyzeCustomer, analyzeDraft, prepareDraft, type DraftOptions } from '../analysis/index';
import type { CustomerAnalysis, DraftAnalysis, Finding } from '../analysis/types';
import type { CustomerMessage, HelpDeskAdapter, ReplyMode } from '../adapters/adapter';
import { pickAdapter } from '../adapters/pick-adapter';
import { readConversation, readDraftExclusions, readReplyMode } from '../adapters/read-conversation';
import { detectEditorKind } from '../editors/editor-kind';
import type { EditorText } from '../editors/editor-text';
import { readEditorText } from '../editors/read-editor-text';
import { applyReplacement } from '../editors/apply-replacement';
import { customerTextToRead } from './customer-text-to-read';
import { visibleTextSpan } from '../editors/visible-text-span';
import { continueInSlices, takeSteps } from './take-steps';
import { draftForAnalysis } from './draft-for-analysis';
import { guardOff, nextGuard, watchFix, type DraftGuard } from './draft-guard';
import { isModifierKey, isUndoKey } from './undo-key';
import { noteModeChecklist, noteModePolicy } from './note-mode';
import { findingKey, updateEditor, type CoachStore, type EditorState } from './coach-store';
import { holdSends, type HeldSends } from '../send-check/hold-sends';
import type { SendEvent } from '../stats/stats';

let nextId = 1;

/**
 * How long an edit may spend analysing before the rest goes to slices, and how long each slice is (ms): a keystroke
 * in a draft already seen needs far less, a long paste far more.
 */
const editBudget = 8;
const sliceBudget = 10;
/** A draft up to this long is always analysed whole in the edit's own task, however busy the machine: it costs little. */
const wholeAtOnce = 5_000;

/** The customer's mood, and their name: the one the page tells wins over the one they sign with. */
function analyzeCustomerMessage(message: CustomerMessage | null): CustomerAnalysis | null {
  if (!message) return null;
  const analysis = analyzeCustomer(customerTextToRead(message.text));
  return message.name ? { ...analysis, name: message.name } : analysis;
}

/**
 * Coaches one reply box: re-analyses on every edit (only changed sentences cost anything), applies fixes,
 * and remembers what the agent ignored. The conversation around the box (the customer's latest message) is read
 * through the page's help-desk adapter when the session starts and again whenever the box gets focus, since
 * single-page apps swap tickets under it; never per keystroke. Everything it starts stops when `signal` aborts.
 */
export class CoachSession {
  readonly id = nextId++;
  private readonly ignoredFindings = new Set<string>();
  private readonly ignoredRules = new Set<string>();
  /** When the agent last edited the draft: some editors must not receive a fix too soon after typing. */
  private editedAt: number | undefined;
  private adapter: HelpDeskAdapter;
  /** The customer's message as last read, so focusing again re-analyses it only when it changed. */
  private customerMessage: CustomerMessage | null = null;
  /** The last look at Send for this reply box. */
  readonly sends: HeldSends;
  /** The draft before the last fix, kept here only (never stored) until the undo after it is seen to be safe. */
  private guard: DraftGuard = guardOff;
  /** Whether the agent's last action in the reply box was an undo (its key, or the browser's undo input). */
  private undone = false;
  /** Stops the slices of the analysis under way, if any: a newer edit starts its own. */
  private slices: AbortController | null = null;

  /**
   * `fixedAdapter` fixes the adapter; by default the page's is picked at the start and on every focus. `recordSend`
   * counts what became of the sends held for a last look.
   */
  private readonly signal: AbortSignal;

  constructor(
    readonly editor: HTMLElement,
    private readonly store: CoachStore,
    signal: AbortSignal,
    private readonly fixedAdapter?: HelpDeskAdapter,
    recordSend: (event: SendEvent) => void = () => undefined,
  ) {
    this.adapter = fixedAdapter ?? pickAdapter(editor.ownerDocument.location, editor.ownerDocument);
    const conversation = readConversation(this.adapter, editor);
    this.customerMessage = conversation.customer.value;
    const customer = analyzeCustomerMessage(this.customerMessage);
    const text = readEditorText(editor);
    const mode = conversation.mode.value;
    const { analysis, checking } = this.analyse(text, mode, customer, conversation.exclusions.value, signal);
    const state: EditorState = {
      id: this.id,
      editor,
      kind: detectEditorKind(editor, this.adapter.editorKind),
      adapter: conversation.adapter,
      customerBy: conversation.customer.answeredBy,
      mode,
      customer,
      text,
      analysis,
      checking,
      findings: analysis.findings,
      notice: null,
      canRestoreDraft: false,
    };
    store.editors.value = [...store.editors.value, state];
    this.signal = signal;
    this.sends = holdSends({ id: this.id, editor, store, adapter: () => this.adapter, editedAt: () => this.editedAt, recordSend }, signal);
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
    // Captured at the window, before editors that bind their shortcuts on the document can stop the key there.
    editor.ownerDocument.defaultView?.addEventListener(
      'keydown',
      (event) => {
        if (event.composedPath().includes(editor)) this.undone = isUndoKey(event) || (this.undone && isModifierKey(event));
      },
      { capture: true, signal },
    );
    editor.addEventListener('beforeinput', (event) => (this.undone = event.inputType === 'historyUndo'), { capture: true, signal });
    // The focus that started this session may still be on its way to the editor: it was read above.
    const startedAt = performance.now();
    editor.addEventListener(
      'focusin',
      (event) => {
        if (event.timeStamp > startedAt) this.rereadConversation();
      },
      { signal },
    );
    // The agent switches between reply and note with a control near the composer, often without editing or
    // leaving the box: after any click or change on the page, once the app has updated its DOM, the mode is asked
    // again (a few selector matches) and the draft re-analysed only when it changed.
    let modeCheck: ReturnType<typeof setTimeout> | undefined;
    const checkModeSoon = (): void => {
      modeCheck ??= setTimeout(() => {
        modeCheck = undefined;
        if (readReplyMode(this.adapter, editor).value !== this.current()?.mode) this.refresh();
      }, 0);
    };
    const page = editor.ownerDocument;
    page.addEventListener('click', checkModeSoon, { capture: true, passive: true, signal });
    page.addEventListener('change', checkModeSoon, { capture: true, passive: true, signal });
    signal.addEventListener('abort', () => {
      clearTimeout(modeCheck);
      store.editors.value = store.editors.value.filter((candidate) => candidate.id !== this.id);
      if (store.openPanel.value === this.id) store.openPanel.value = null;
      if (store.openCard.value?.editorId === this.id) store.openCard.value = null;
    });
  }

  /** Reads the conversation again (another ticket may be on screen now) and analyses the draft against it. */
  rereadConversation(): void {
    this.adapter = this.fixedAdapter ?? pickAdapter(this.editor.ownerDocument.location, this.editor.ownerDocument);
    const conversation = readConversation(this.adapter, this.editor);
    const message = conversation.customer.value;
    const customerChanged = message?.text !== this.customerMessage?.text || message?.name !== this.customerMessage?.name;
    this.customerMessage = message;
    updateEditor(this.store, this.id, (state) => {
      const customer = customerChanged ? analyzeCustomerMessage(message) : state.customer;
      const text = readEditorText(this.editor);
      const mode = conversation.mode.value;
      const { analysis, checking } = this.analyse(text, mode, customer, conversation.exclusions.value, this.signal);
      return { ...state, adapter: conversation.adapter, customerBy: conversation.customer.answeredBy, mode, customer, text, analysis, checking, findings: this.visible(analysis.findings) };
    });
  }

  /** Reads and analyses the draft again; called on every edit. */
  refresh(notice: string | null = null): void {
    updateEditor(this.store, this.id, (state) => {
      const text = readEditorText(this.editor);
      this.guard = nextGuard(this.guard, text.text, this.undone);
      const mode = readReplyMode(this.adapter, this.editor).value;
      const { analysis, checking } = this.analyse(text, mode, state.customer, readDraftExclusions(this.adapter, this.editor).value, this.signal);
      return { ...state, text, mode, analysis, checking, findings: this.visible(analysis.findings), notice, canRestoreDraft: this.guard.state === 'lost' };
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
    if (outcome.status === 'applied') {
      this.guard = watchFix(state.text.text, readEditorText(this.editor).text);
      // Only an undo after the fix counts: not one from before it, when the fix sent no input event that resets it.
      this.undone = false;
      this.refresh();
    } else if (outcome.status === 'stale') this.refresh('The text changed since it was checked, so the fix was not applied. Here is the fresh check.');
    else this.refresh(`The fix could not be applied: ${outcome.reason}. Your text is unchanged by Tactful.`);
  }

  /**
   * After an undo that took more than one step: the draft the guard offers (before the fix, or the agent's latest)
   * goes back through the same path as a fix, replacing what the undo left, so the editor records it as one step.
   */
  async restoreDraft(): Promise<void> {
    const state = this.current();
    if (!state || this.guard.state !== 'lost') return;
    const { restore, left } = this.guard;
    const outcome = await applyReplacement(this.editor, state.kind, { draft: left, start: 0, end: left.length, expected: left, text: restore, editedAt: this.editedAt });
    this.guard = guardOff;
    if (outcome.status === 'applied') this.refresh();
    else if (outcome.status === 'stale') this.refresh('The text changed meanwhile, so your earlier draft was not put back.');
    else this.refresh(`Your earlier draft could not be put back: ${outcome.reason}.`);
  }

  ignoreFinding(finding: Finding): void {
    this.ignoredFindings.add(findingKey(finding));
    this.refresh();
  }

  ignoreRule(ruleId: string): void {
    this.ignoredRules.add(ruleId);
    this.refresh();
  }

  /**
   * The draft's analysis: quoted history and signature blanked out (offsets kept), and in a note the customer-tone
   * rules relaxed and the checklist not needed. What the edit's budget does not cover (a long draft pasted in) goes
   * on in slices, the part in view first: `checking` until then, with the analysis of the part done so far.
   */
  private analyse(text: EditorText, mode: ReplyMode, customer: CustomerAnalysis | null, exclusions: readonly HTMLElement[], signal: AbortSignal): { analysis: DraftAnalysis; checking: boolean } {
    this.slices?.abort();
    this.slices = null;
    const draft = draftForAnalysis(text, exclusions);
    const team = this.store.policy.value;
    const options: DraftOptions = { ...(customer ? { customer } : {}), ...(mode === 'public' ? (team ? { policy: team } : {}) : { policy: noteModePolicy(team) }) };
    const analysisOf = (preparedOnly: boolean): DraftAnalysis => {
      const analysis = analyzeDraft(draft, { ...options, preparedOnly });
      return mode === 'public' ? analysis : { ...analysis, checklist: noteModeChecklist(analysis.checklist) };
    };
    if (draft.length <= wholeAtOnce || takeSteps(prepareDraft(draft, options.policy), editBudget) === 'done') return { analysis: analysisOf(false), checking: false };
    const slices = new AbortController();
    this.slices = slices;
    signal.addEventListener('abort', () => slices.abort(), { once: true, signal: slices.signal });
    continueInSlices(prepareDraft(draft, options.policy, visibleTextSpan(this.editor, text)), sliceBudget, slices.signal, {
      onFirstPart: () =>
        updateEditor(this.store, this.id, (state) => {
          if (state.text !== text) return state;
          const analysis = analysisOf(true);
          return { ...state, analysis, findings: this.visible(analysis.findings) };
        }),
      // Everything is cached now: the usual refresh puts it together, for the draft as it is by then.
      onDone: () => this.refresh(this.current()?.notice ?? null),
    });
    return { analysis: analysisOf(true), checking: true };
  }

  private current(): EditorState | undefined {
    return this.store.editors.value.find((state) => state.id === this.id);
  }

  private visible(findings: readonly Finding[]): Finding[] {
    return findings.filter((finding) => !this.ignoredRules.has(finding.ruleId) && !this.ignoredFindings.has(findingKey(finding)));
  }
}
