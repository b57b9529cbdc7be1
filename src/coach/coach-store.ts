import { signal, type Signal } from '@preact/signals';
import type { AdapterId, ReplyMode } from '../adapters/adapter';
import type { AnalysisPolicy } from '../analysis/analysis-policy';
import type { CustomerAnalysis, DraftAnalysis, Finding } from '../analysis/types';
import type { EditorKind } from '../editors/editor-kind';
import type { EditorText } from '../editors/editor-text';
import { defaultSendPolicy } from '../policy/default-send-policy';
import type { SendPolicy } from '../policy/policy-schema';
import type { LeftToCheck } from '../send-check/what-is-left';

/** What the overlay shows for one reply box. */
export interface EditorState {
  id: number;
  editor: HTMLElement;
  kind: EditorKind;
  /** The page's help-desk adapter (the generic one on pages no adapter knows), shown so the agent knows whose reading they get. */
  adapter: { id: AdapterId; name: string };
  /** Which adapter found the customer's message: the page's own, or the generic one when the page's found none. */
  customerBy: AdapterId;
  /** A public reply, or an internal note, where the customer-tone rules relax and the checklist is not needed. */
  mode: ReplyMode;
  /** The customer's latest message, analysed; null when none was found on the page. */
  customer: CustomerAnalysis | null;
  /** The draft's text as last read, with its map to the DOM. */
  text: EditorText;
  analysis: DraftAnalysis;
  /**
   * A long draft still being analysed in slices: `analysis` covers the part done so far (the part in view first),
   * and is replaced by the whole draft's once it is done.
   */
  checking: boolean;
  /** Findings still shown: the analysis minus what the agent ignored. */
  findings: Finding[];
  /** A short message for the agent, such as why a fix was refused. */
  notice: string | null;
  /** The undo after a fix took more than the fix: the panel offers the draft as it was before the fix. */
  canRestoreDraft: boolean;
}

export interface CoachStore {
  /** The effective team policy's engine part; undefined until it is read, and then the built-in defaults. */
  policy: Signal<AnalysisPolicy | undefined>;
  editors: Signal<EditorState[]>;
  /** The reply box whose panel is open. */
  openPanel: Signal<number | null>;
  /** The finding whose card is open. */
  openCard: Signal<{ editorId: number; finding: Finding } | null>;
  /** How sends are held; the defaults until the policy is read. */
  sendPolicy: Signal<SendPolicy>;
  /** The send held for a last look: whose, what is left, and the control it came from (null: beside the reply box). */
  sendCheck: Signal<{ editorId: number; left: LeftToCheck; anchor: Element | null } | null>;
}

export function createCoachStore(): CoachStore {
  return { policy: signal(undefined), editors: signal([]), openPanel: signal(null), openCard: signal(null), sendPolicy: signal(defaultSendPolicy), sendCheck: signal(null) };
}

/** Replaces one editor's state, keeping the others. */
export function updateEditor(store: CoachStore, id: number, change: (state: EditorState) => EditorState): void {
  store.editors.value = store.editors.value.map((state) => (state.id === id ? change(state) : state));
}

/** A stable key for a finding, to remember that the agent ignored it while the wording stays. */
export function findingKey(finding: Finding): string {
  return `${finding.ruleId}\u0000${finding.text}`;
}
