import { describe, expect, it } from 'vitest';
import { explainedWarnings, unexplainedWarnings, type LintMessage } from './lint-warnings';

const zodProbe = 'x=1;try{return Function(``),!0}catch{return!1}});';
const sources: Record<string, string> = { 'background.js': `a\n${zodProbe}`, 'coach.js': 'let run=new Function(code);' };
const warning = (file: string, line: number, column: number, code = 'DANGEROUS_EVAL'): LintMessage => ({ code, message: '', file, line, column });

describe('unexplainedWarnings', () => {
  it('accepts a known warning only where the code it explains is', () => {
    const report = { errors: [], notices: [], warnings: [warning('background.js', 2, 20), warning('coach.js', 1, 9)] };
    expect(unexplainedWarnings(report, (file) => sources[file]!)).toEqual([warning('coach.js', 1, 9)]);
  });

  it('does not let one explanation cover another kind of warning', () => {
    const report = { errors: [], notices: [], warnings: [warning('background.js', 2, 20, 'UNSAFE_VAR_ASSIGNMENT')] };
    expect(unexplainedWarnings(report, (file) => sources[file]!)).toHaveLength(1);
  });

  it('gives every explanation a reason', () => {
    for (const explained of explainedWarnings) expect(explained.reason.length).toBeGreaterThan(40);
  });
});
