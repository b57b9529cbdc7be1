import type { ChecklistItem, CustomerAnalysis, DraftAnalysis, Finding } from '../analysis/types';
import type { ReplyMode } from '../adapters/adapter';
import type { SendPolicy } from '../policy/policy-schema';

/** Why a send is held: the worst thing left. */
export type HoldReason = 'errors' | 'warnings' | 'checklist';

/** What is left in a reply at Send, when it is enough to hold it. */
export interface LeftToCheck {
  hold: HoldReason;
  /** The errors (and, unless the policy holds for errors only, the warnings) left, in the draft's order. */
  findings: Finding[];
  /** The checklist items an upset customer needs that the reply misses, when the policy asks for them. */
  checklist: ChecklistItem[];
  /** Whether the agent may send anyway: a team may require errors fixed first. */
  sendAnyway: boolean;
}

/** The part of a reply box's state the hold reads. */
export interface ReplyAtSend {
  mode: ReplyMode;
  customer: CustomerAnalysis | null;
  analysis: DraftAnalysis;
  /** The findings still shown (what the agent ignored is not held again). */
  findings: readonly Finding[];
}

/**
 * What holds this reply at Send under the policy, or null when it may go at once: a note (it goes to colleagues)
 * unless the team holds notes too, a policy that holds nothing, or nothing left. Suggestions never hold, and the
 * checklist only for a public reply to a frustrated or angry customer, whose reply it decides.
 */
export function whatIsLeft(reply: ReplyAtSend, policy: SendPolicy): LeftToCheck | null {
  if ((reply.mode === 'note' && !policy.holdNotes) || policy.beforeSend === 'off') return null;
  const held = policy.beforeSend === 'errors' ? ['error'] : ['error', 'warning'];
  const findings = reply.findings.filter((finding) => held.includes(finding.severity)).sort((a, b) => a.start - b.start);
  const upset = reply.mode !== 'note' && reply.customer?.language === 'en' && (reply.customer.mood === 'frustrated' || reply.customer.mood === 'angry');
  const checklist = policy.beforeSend === 'warnings+checklist' && upset ? reply.analysis.checklist.filter((item) => item.status === 'missing') : [];
  if (findings.length === 0 && checklist.length === 0) return null;
  const errors = findings.some((finding) => finding.severity === 'error');
  const hold: HoldReason = errors ? 'errors' : findings.length > 0 ? 'warnings' : 'checklist';
  return { hold, findings, checklist, sendAnyway: policy.allowSendAnyway || !errors };
}
