import { describe, expect, it } from 'vitest';
import { DraftAnalyzer } from './draft-analyzer';
import { builtInRulePacks, checklistLexicon } from '../rule-packs';
import { analyzeCustomer } from '../index';
import type { AnalysisPolicy } from '../analysis-policy';
import { longThread } from '../../../bench/drafts';
import { seededRandom } from '../../../bench/seeded-random';

/** A long thread pasted in, with a paragraph in German and quoted history under it, as agents' drafts have. */
const draft = `${longThread(30_000)}\nHallo Dana, wir haben die Rechnung geprüft und die Gebühr ist nicht erstattungsfähig, leider.\n\nOn Mon, 2 Mar 2026 at 10:02, Dana <dana@example.com> wrote:\n> Calm down? As I already said, this is impossible!!!\n`;
const customer = analyzeCustomer('This is the third time I am writing. Nobody answers and I want my money back now!');
const policy: AnalysisPolicy = { required: [{ kind: 'greeting' }, { kind: 'sign-off', phrases: ['Kind regards'] }] };
const analyzer = (): DraftAnalyzer => new DraftAnalyzer(builtInRulePacks, checklistLexicon, policy);

describe('a long draft prepared in steps', () => {
  const oneShot = analyzer().analyze(draft, customer);

  it('finds findings on a draft of this size, so the comparisons below compare something', () => {
    expect(oneShot.findings.length).toBeGreaterThan(50);
    expect(oneShot.notChecked).toHaveLength(1);
  });

  it.each([
    ['the whole draft', undefined],
    ['the start first', { start: 0, end: 2000 }],
    ['the middle first', { start: 15_000, end: 17_000 }],
    ['the end first', { start: draft.length - 1500, end: draft.length }],
  ])('analyses to exactly what one analysis of the whole draft gives: %s', { timeout: 30_000 }, (_, first) => {
    const sliced = analyzer();
    let steps = 0;
    for (const step of sliced.prepare(draft, first)) if (step === 'step') steps++;
    expect(steps).toBeGreaterThan(100);
    expect(sliced.analyze(draft, customer)).toEqual(oneShot);
    // Prepared: nothing is left to leave out.
    expect(sliced.analyze(draft, customer, undefined, { preparedOnly: true })).toEqual(oneShot);
  });

  it('gives, part-way, the findings of the part asked for first and nothing not reached yet', () => {
    const sliced = analyzer();
    const first = { start: 10_000, end: 12_000 };
    for (const step of sliced.prepare(draft, first)) if (step === 'first-part-ready') break;
    const partial = sliced.analyze(draft, customer, undefined, { preparedOnly: true });
    const inFirst = (finding: { start: number; end: number }): boolean => finding.end >= first.start - 1000 && finding.start <= first.end + 1000;
    expect(partial.findings.length).toBeGreaterThan(0);
    expect(partial.findings.length).toBeLessThan(oneShot.findings.length);
    for (const finding of partial.findings) expect(inFirst(finding)).toBe(true);
    // Those near the part agree with the whole analysis, apart from a softening that the next, not yet read, sentence would give.
    const whole = new Set(oneShot.findings.map((finding) => `${finding.ruleId}@${finding.start}`));
    for (const finding of partial.findings) expect(whole.has(`${finding.ruleId}@${finding.start}`)).toBe(true);
  });

  it('takes up where it stopped when the draft changes mid-way, and still equals one analysis', () => {
    const sliced = analyzer();
    let taken = 0;
    for (const _ of sliced.prepare(draft)) if (++taken === 200) break;
    const edited = `${draft.slice(0, 5000)} Calm down, please. ${draft.slice(5000)}`;
    let rest = 0;
    for (const _ of sliced.prepare(edited)) rest++;
    let fresh = 0;
    for (const _ of analyzer().prepare(edited)) fresh++;
    expect(rest).toBeLessThan(fresh - 150);
    expect(sliced.analyze(edited, customer)).toEqual(analyzer().analyze(edited, customer));
  }, 30_000);

  it('returns after every keystroke in a long draft exactly what a fresh analysis returns', () => {
    const warm = analyzer();
    warm.analyze(draft, customer);
    const random = seededRandom(11);
    let text = draft;
    for (let i = 0; i < 4; i++) {
      const at = Math.floor(random() * text.length);
      const edit = i % 3 === 0 ? '\n\nAs I already said, ' : i % 3 === 1 ? 'x' : '';
      text = edit ? text.slice(0, at) + edit + text.slice(at) : text.slice(0, at) + text.slice(at + 1);
      expect(warm.analyze(text, customer)).toEqual(analyzer().analyze(text, customer));
    }
  }, 60_000);
});
