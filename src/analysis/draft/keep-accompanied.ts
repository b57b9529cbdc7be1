import type { Category, Finding } from '../types';

/**
 * The draft's findings without those of a rule that counts only in company (`onlyWith`) when no warning or error of one
 * of its categories stands elsewhere in the draft: "Hope that clears it up" closes a friendly reply and needles after a
 * lecture. A style point (a suggestion) is no lecture.
 */
export function keepAccompanied(findings: readonly Finding[], onlyWith: ReadonlyMap<string, ReadonlySet<Category>>): Finding[] {
  if (onlyWith.size === 0) return [...findings];
  return findings.filter((finding) => {
    const company = onlyWith.get(finding.ruleId);
    return !company || findings.some((other) => !onlyWith.has(other.ruleId) && other.severity !== 'suggestion' && company.has(other.category));
  });
}
