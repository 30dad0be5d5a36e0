/** fast-check generators of valid cases, for the engine's property tests. */
import fc from 'fast-check';
import { EVIDENCE_IDS, type EvidenceId } from '../../knowledge/evidence.js';
import { COURSES, SEXES, SIDES, type Case } from '../../schemas/case.js';
import { arbitraryStartBack } from '../../measures/__fixtures__/arbitrary-answers.js';

const painScore = fc.integer({ min: 0, max: 10 });

export const arbitraryEvidence = fc.dictionary(fc.constantFrom(...EVIDENCE_IDS), fc.boolean(), { maxKeys: 40 }) as fc.Arbitrary<
  Partial<Record<EvidenceId, boolean>>
>;

export const arbitraryCase: fc.Arbitrary<Case> = fc.record(
  {
    id: fc.string({ maxLength: 20 }),
    age: fc.integer({ min: 0, max: 120 }),
    sex: fc.constantFrom(...SEXES),
    durationDays: fc.oneof(fc.integer({ min: 0, max: 400 }), fc.double({ min: 0, max: 36500, noNaN: true })),
    course: fc.constantFrom(...COURSES),
    pain: fc.record({ knee: painScore, leg: painScore, back: painScore }, { requiredKeys: [] }),
    side: fc.record({ knee: fc.constantFrom(...SIDES), leg: fc.constantFrom(...SIDES) }, { requiredKeys: [] }),
    evidence: arbitraryEvidence,
    startBack: arbitraryStartBack,
  },
  { requiredKeys: ['age'] },
);
