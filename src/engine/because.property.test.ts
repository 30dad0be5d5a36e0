/**
 * Every `because` of an assessment names only answers the person gave as "yes": a reason,
 * pattern, mechanism, warning sign or caution never rests on a question left unanswered as if
 * it had been answered, nor on one answered "no" (hazard H3: the results must not contradict
 * the person, nor the advice at the top).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVIDENCE_IDS, type EvidenceId } from '../knowledge/evidence.js';
import { KNEE_AND_NERVE } from '../knowledge/mechanism-rules.js';
import type { Assessment } from '../schemas/assessment.js';
import type { Case } from '../schemas/case.js';
import { assess } from './assess.js';
import { interpret, toView } from './conditions.js';
import { arbitraryCase } from './__fixtures__/arbitrary-case.js';

/** Every list of evidence an assessment gives as the grounds for something, with where it is. */
function groundsOf(a: Assessment): { where: string; ids: readonly EvidenceId[] }[] {
  return [
    ...a.triage.rules.map((r) => ({ where: `triage rule ${r.rule}`, ids: r.because })),
    ...a.redFlags.map((r) => ({ where: `red flag ${r.id}`, ids: r.because })),
    ...a.patterns.flatMap((p) => [
      { where: `pattern ${p.id}`, ids: p.because },
      { where: `pattern ${p.id} (against)`, ids: p.against },
    ]),
    ...a.mechanisms.map((m) => ({ where: `mechanism ${m.id}`, ids: m.because })),
    ...a.treatments.flatMap((t) => t.cautions.map((c) => ({ where: `caution ${c.id} on ${t.id}`, ids: c.because }))),
  ];
}

/** Cases with many answers, both ways, so most rules, patterns and mechanisms are reached. */
const denseCase: fc.Arbitrary<Case> = fc
  .record({
    base: arbitraryCase,
    yes: fc.uniqueArray(fc.constantFrom(...EVIDENCE_IDS), { minLength: 2, maxLength: 14 }),
    no: fc.uniqueArray(fc.constantFrom(...EVIDENCE_IDS), { maxLength: 30 }),
  })
  .map(({ base, yes, no }) => ({
    ...base,
    evidence: { ...base.evidence, ...Object.fromEntries(no.map((id) => [id, false])), ...Object.fromEntries(yes.map((id) => [id, true])) },
  }));

const link = interpret(KNEE_AND_NERVE);

describe('what the answers support', () => {
  it('every because names only answers given as yes: never an unanswered item, never a denied one', () => {
    fc.assert(
      fc.property(fc.oneof(arbitraryCase, denseCase), (c) => {
        const a = assess(c);
        for (const { where, ids } of groundsOf(a)) {
          for (const id of ids) {
            const answer = c.evidence?.[id];
            expect(answer, `${where} names ${id}, answered ${answer === false ? 'no' : 'nothing'}`).toBe(true);
          }
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('lists a pattern or mechanism only when some answer given as yes points to it', () => {
    fc.assert(
      fc.property(fc.oneof(arbitraryCase, denseCase), (c) => {
        const a = assess(c);
        for (const p of a.patterns) expect(p.because.length, `pattern ${p.id}`).toBeGreaterThan(0);
        for (const m of a.mechanisms) expect(m.because.length, `mechanism ${m.id}`).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('links the knee and the sciatic nerve only for a person who told of both, and names both sides', () => {
    fc.assert(
      fc.property(fc.oneof(arbitraryCase, denseCase), (c) => {
        const a = assess(c);
        const view = toView(c);
        if (!link.test(view)) {
          expect(a.mechanisms).toEqual([]);
          return;
        }
        const sides: EvidenceId[] = [];
        link.explain(view, sides);
        for (const m of a.mechanisms) for (const id of sides) expect(m.because, `mechanism ${m.id}`).toContain(id);
      }),
      { numRuns: 2000 },
    );
  });

  it('a knee-only picture shows no link to the sciatic nerve; knee with sciatica does', () => {
    const kneeOnly = assess({ age: 60, durationDays: 120, evidence: { knee_pain: true, knee_grinding: true, knee_stiffness_after_rest_brief: true, low_back_pain: false } });
    expect(kneeOnly.patterns.map((p) => p.id)).toContain('knee_osteoarthritis');
    expect(kneeOnly.mechanisms).toEqual([]);
    const both = assess({ age: 60, durationDays: 120, evidence: { knee_pain: true, knee_grinding: true, limping: true, low_back_pain: true } });
    expect(both.mechanisms.map((m) => m.id)).toContain('altered_biomechanics');
    expect(both.mechanisms[0]!.because).toEqual(expect.arrayContaining(['knee_pain', 'low_back_pain']));
  });
});
