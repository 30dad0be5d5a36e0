import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVIDENCE_IDS } from '../knowledge/evidence.js';
import { urgencyRank } from '../knowledge/triage-levels.js';
import { assess } from './assess.js';
import { CaseValidationError } from './validate.js';
import { arbitraryCase } from './__fixtures__/arbitrary-case.js';

const runs = { numRuns: 2000 };

describe('assess, for any valid case', () => {
  it('answers without throwing, with a level, a notice and every treatment option', () => {
    fc.assert(
      fc.property(arbitraryCase, (c) => {
        const a = assess(c);
        expect(a.triage.level).toBeTypeOf('string');
        expect(a.notice).toMatch(/not a diagnosis/i);
        expect(a.safetyNet.length).toBeGreaterThan(0);
        expect(a.treatments.length).toBeGreaterThan(10);
      }),
      runs,
    );
  });

  it('never lowers the level when a true evidence item is added (safety monotonicity)', () => {
    fc.assert(
      fc.property(arbitraryCase, fc.constantFrom(...EVIDENCE_IDS), (c, id) => {
        const before = assess(c).triage.level;
        const after = assess({ ...c, evidence: { ...c.evidence, [id]: true } }).triage.level;
        expect(urgencyRank(after)).toBeLessThanOrEqual(urgencyRank(before));
      }),
      { numRuns: 5000 },
    );
  });

  it('never lowers the level when any number of true items are added', () => {
    fc.assert(
      fc.property(arbitraryCase, fc.uniqueArray(fc.constantFrom(...EVIDENCE_IDS), { maxLength: 10 }), (c, ids) => {
        const before = assess(c).triage.level;
        const after = assess({ ...c, evidence: { ...c.evidence, ...Object.fromEntries(ids.map((id) => [id, true])) } }).triage.level;
        expect(urgencyRank(after)).toBeLessThanOrEqual(urgencyRank(before));
      }),
      runs,
    );
  });

  it('gives the same answer to the same case (deterministic)', () => {
    fc.assert(
      fc.property(arbitraryCase, (c) => {
        expect(assess(structuredClone(c))).toEqual(assess(c));
      }),
      { numRuns: 500 },
    );
  });

  it('does not change the case it is given', () => {
    fc.assert(
      fc.property(arbitraryCase, (c) => {
        const copy = structuredClone(c);
        assess(c);
        expect(c).toEqual(copy);
      }),
      { numRuns: 300 },
    );
  });
});

describe('assess refuses invalid cases, naming the field', () => {
  const invalid = fc.oneof(
    fc.record({ c: arbitraryCase, age: fc.oneof(fc.integer({ min: 121 }), fc.integer({ max: -1 }), fc.constant(40.5), fc.string(), fc.constant(null)) }).map(
      ({ c, age }) => ({ input: { ...c, age }, field: 'age' }),
    ),
    fc.record({ c: arbitraryCase, site: fc.constantFrom('knee', 'leg', 'back'), v: fc.oneof(fc.double({ min: 10.0001, max: 1e6, noNaN: true }), fc.double({ max: -0.0001, min: -1e6, noNaN: true }), fc.string()) }).map(
      ({ c, site, v }) => ({ input: { ...c, pain: { ...c.pain, [site]: v } }, field: `pain.${site}` }),
    ),
    fc.record({ c: arbitraryCase, key: fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !(EVIDENCE_IDS as readonly string[]).includes(k) && /^[a-z_]+$/.test(k)) }).map(
      ({ c, key }) => ({ input: { ...c, evidence: { ...c.evidence, [key]: true } }, field: `evidence.${key}` }),
    ),
    fc.record({ c: arbitraryCase, id: fc.constantFrom(...EVIDENCE_IDS), v: fc.oneof(fc.string(), fc.integer(), fc.constant(null)) }).map(
      ({ c, id, v }) => ({ input: { ...c, evidence: { ...c.evidence, [id]: v } }, field: `evidence.${id}` }),
    ),
    fc.record({ c: arbitraryCase, v: fc.string().filter((s) => !['improving', 'stable', 'worsening'].includes(s)) }).map(({ c, v }) => ({ input: { ...c, course: v }, field: 'course' })),
    fc.record({ c: arbitraryCase, v: fc.oneof(fc.integer({ max: -1 }), fc.string()) }).map(({ c, v }) => ({ input: { ...c, durationDays: v }, field: 'durationDays' })),
  );

  it('throws CaseValidationError whose message names the field', () => {
    fc.assert(
      fc.property(invalid, ({ input, field }) => {
        let error: unknown;
        try {
          assess(input);
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(CaseValidationError);
        const fields = (error as CaseValidationError).errors.map((e) => e.field);
        expect(fields).toContain(field);
        expect((error as Error).message).toContain((error as CaseValidationError).field);
      }),
      runs,
    );
  });

  it('refuses a missing age and anything that is not an object', () => {
    for (const input of [null, 42, 'case', [], {}, { evidence: {} }]) expect(() => assess(input)).toThrow(CaseValidationError);
    expect(() => assess({ evidence: {} })).toThrow(/age: is required/);
  });

  it('ignores fields the contract does not know at the top level (a vignette\'s expected)', () => {
    const a = assess({ id: 'v', age: 30, evidence: { knee_pain: true }, expected: { triage: 'self_care' } });
    expect(a.id).toBe('v');
  });
});
