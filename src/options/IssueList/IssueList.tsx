import type { PolicyIssue } from '../../policy/policy-issue';

export interface Props {
  issues: readonly PolicyIssue[];
}

/** Why something was refused: every reason, each with the field it is about. */
export function IssueList({ issues }: Props) {
  if (issues.length === 0) return null;
  return (
    <ul class="issues" role="alert" data-testid="policy-issues">
      {issues.map((issue) => (
        <li key={`${issue.path}:${issue.message}`} data-testid="policy-issue" data-path={issue.path}>
          <code>{issue.path}</code> {issue.message}
        </li>
      ))}
    </ul>
  );
}
