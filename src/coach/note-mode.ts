import noteLevelsData from '../../lexicons/playbook/note-levels.json';
import type { AnalysisPolicy } from '../analysis/analysis-policy';
import type { Category, ChecklistItem, Severity } from '../analysis/types';
import { severityWeight } from '../analysis/rules/severities';
import type { NoteLevels } from './note-levels-schema';

/** Each category's level in an internal note, from the playbook; a note goes to colleagues, not to the customer. */
export const noteLevels = noteLevelsData as NoteLevels;

/** One relaxed policy per team policy object, so the analyzer's sentence cache survives switching back and forth. */
const relaxedPolicies = new WeakMap<AnalysisPolicy, AnalysisPolicy>();
const noTeamPolicy: AnalysisPolicy = {};

/**
 * The team's policy relaxed for an internal note. A category the team lowered or turned off stays at the team's
 * level; team rules follow their category like built-in ones.
 */
export function noteModePolicy(team: AnalysisPolicy = noTeamPolicy): AnalysisPolicy {
  let relaxed = relaxedPolicies.get(team);
  if (!relaxed) {
    const categories = { ...team.categories };
    for (const [category, level] of Object.entries(noteLevels.levels) as Array<[Category, Severity | 'off']>) {
      const teams = team.categories?.[category];
      categories[category] = teams !== undefined && severityWeight(teams) < severityWeight(level) ? teams : level;
    }
    relaxed = { ...team, categories };
    relaxedPolicies.set(team, relaxed);
  }
  return relaxed;
}

const noteHint = 'Not needed in an internal note.';

/** The reply checklist for a note: nothing in it is needed, since the customer does not read the note. */
export function noteModeChecklist(items: readonly ChecklistItem[]): ChecklistItem[] {
  return items.map((item) => ({ ...item, status: 'not-needed', hint: noteHint }));
}
