/** fast-check generators of valid answer sets for every instrument (test support). */
import fc from 'fast-check';
import { START_BACK } from '../../knowledge/measures/index.js';
import type { NprsAnswers, PsfsAnswers, RolandMorrisAnswers, StartBackAnswers } from '../../schemas/measures.js';

export const arbitraryStartBack: fc.Arbitrary<StartBackAnswers> = fc.record(
  Object.fromEntries(START_BACK.items.map((item) => [item.id, fc.constantFrom(...item.options.map((o) => o.code))])),
) as unknown as fc.Arbitrary<StartBackAnswers>;

export const arbitraryRolandMorris: fc.Arbitrary<RolandMorrisAnswers> = fc
  .uniqueArray(fc.integer({ min: 1, max: 24 }), { maxLength: 24 })
  .map((ticked) => ({ ticked }));

export const arbitraryPsfs: fc.Arbitrary<PsfsAnswers> = fc
  .array(fc.record({ name: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0), rating: fc.integer({ min: 0, max: 10 }) }), { minLength: 1, maxLength: 5 })
  .map((activities) => ({ activities }));

const pain = fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined });
export const arbitraryNprs: fc.Arbitrary<NprsAnswers> = fc
  .record({ knee: pain, leg: pain, back: pain })
  .filter((a) => a.knee !== undefined || a.leg !== undefined || a.back !== undefined)
  .map((a) => Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined)) as NprsAnswers);
