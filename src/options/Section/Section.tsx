import type { ComponentChildren } from 'preact';
import type { PolicyIssue } from '../../policy/policy-issue';
import { IssueList } from '../IssueList/IssueList';
import { LockNote } from '../LockNote/LockNote';

export interface Props {
  id: string;
  title: string;
  description?: string;
  lock?: string;
  /** Reasons an import or an edit was refused that concern this section's field. */
  issues?: readonly PolicyIssue[];
  children: ComponentChildren;
}

/** One setting of the policy: its title and explanation, its lock, the problems with it, and its controls. */
export function Section({ id, title, description, lock, issues = [], children }: Props) {
  return (
    <section class={`section${lock ? ' locked' : ''}`} id={id} data-testid={`section-${id}`} data-locked={lock ? 'true' : 'false'}>
      <h2>{title}</h2>
      {description && <p class="description">{description}</p>}
      <LockNote reason={lock} />
      <IssueList issues={issues} />
      <fieldset disabled={Boolean(lock)}>{children}</fieldset>
    </section>
  );
}
