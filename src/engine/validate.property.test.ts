import fc from 'fast-check';
import { Value } from '@sinclair/typebox/value';
import { describe, expect, it } from 'vitest';
import { CaseSchema, PartialCaseSchema } from '../schemas/case.js';
import { EVIDENCE_IDS } from '../knowledge/evidence.js';
import { isValidFast } from './validate.js';
import { arbitraryCase } from './__fixtures__/arbitrary-case.js';

// Valid cases, and cases with one field broken in any way JSON allows.
const anyJson = fc.oneof(fc.string(), fc.constantFrom('agree', 'disagree', 'very_much'), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.integer(), { maxLength: 2 }), fc.dictionary(fc.string({ maxLength: 4 }), fc.integer(), { maxKeys: 2 }));
const mutated = fc.tuple(arbitraryCase, fc.constantFrom('id', 'age', 'sex', 'durationDays', 'course', 'pain', 'evidence', 'pain.knee', 'pain.elbow', 'evidence.id', 'evidence.unknown', 'startBack', 'startBack.q4', 'startBack.q9', 'startBack.q10', 'startBack.drop'), anyJson, fc.constantFrom(...EVIDENCE_IDS)).map(
  ([c, path, value, evidenceId]) => {
    const out: Record<string, unknown> = structuredClone(c);
    if (path === 'pain.knee' || path === 'pain.elbow') out.pain = { ...(c.pain ?? {}), [path.slice(5)]: value };
    else if (path === 'evidence.id') out.evidence = { ...(c.evidence ?? {}), [evidenceId]: value };
    else if (path === 'evidence.unknown') out.evidence = { ...(c.evidence ?? {}), not_an_id: value };
    else if (path === 'startBack.drop') {
      const { q4: _dropped, ...rest } = c.startBack ?? {};
      out.startBack = rest;
    } else if (path.startsWith('startBack.')) out.startBack = { ...(c.startBack ?? {}), [path.slice(10)]: value };
    else out[path] = value;
    return out;
  },
);

describe('isValidFast', () => {
  it('agrees with the schema on valid and broken cases (full and partial)', () => {
    fc.assert(
      fc.property(fc.oneof(arbitraryCase as fc.Arbitrary<Record<string, unknown>>, mutated), (c) => {
        expect(isValidFast(c, true)).toBe(Value.Check(CaseSchema, c));
        const { age: _age, ...partial } = c;
        expect(isValidFast(partial, false)).toBe(Value.Check(PartialCaseSchema, partial));
      }),
      { numRuns: 5000 },
    );
  });
});
