/**
 * For every instrument and any valid answers: every score lies within its scale, the checked
 * answers satisfy the TypeBox schema (one source for both), and a better answer never gives a
 * worse score (nor, for STarT Back, a higher risk group).
 */
import fc from 'fast-check';
import { Value } from '@sinclair/typebox/value';
import { describe, expect, it } from 'vitest';
import { MEASURES, START_BACK, type MeasureId } from '../knowledge/measures/index.js';
import {
  NprsAnswersSchema, PsfsAnswersSchema, RolandMorrisAnswersSchema, StartBackAnswersSchema, type MeasureResult, type StartBackAnswers,
} from '../schemas/measures.js';
import { arbitraryNprs, arbitraryPsfs, arbitraryRolandMorris, arbitraryStartBack } from './__fixtures__/arbitrary-answers.js';
import { measureChange } from './change.js';
import { parseMeasureAnswers, scoreMeasure } from './score.js';

const RUNS = { numRuns: 500 };
const RISK_ORDER = { low: 0, medium: 1, high: 2 } as const;

function withinScales(id: MeasureId, r: MeasureResult): void {
  expect(r.instrument).toBe(id);
  for (const s of r.scores) {
    const scale = MEASURES[id].scales.find((x) => x.id === s.scale);
    expect(scale, s.scale).toBeDefined();
    expect(s.value).toBeGreaterThanOrEqual(scale?.min ?? Number.NaN);
    expect(s.value).toBeLessThanOrEqual(scale?.max ?? Number.NaN);
  }
  expect(r.scores.some((s) => s.scale === r.primaryScale)).toBe(true);
}

const value = (r: MeasureResult, scale: string) => r.scores.find((s) => s.scale === scale)?.value;

describe('every score within its range, answers matching the schema', () => {
  const cases = [
    ['start-back', arbitraryStartBack, StartBackAnswersSchema],
    ['roland-morris', arbitraryRolandMorris, RolandMorrisAnswersSchema],
    ['psfs', arbitraryPsfs, PsfsAnswersSchema],
    ['nprs', arbitraryNprs, NprsAnswersSchema],
  ] as const;
  it.each(cases)('%s', (id, arbitrary, schema) => {
    fc.assert(fc.property(arbitrary as fc.Arbitrary<unknown>, (answers) => {
      expect(Value.Check(schema, answers)).toBe(true);
      expect(Value.Check(schema, parseMeasureAnswers(id, answers))).toBe(true);
      withinScales(id, scoreMeasure(id, answers));
    }), RUNS);
  });
});

describe('a better answer never gives a worse score', () => {
  it('STarT Back: a lower-scoring option for one item never raises the scores or the risk group', () => {
    fc.assert(fc.property(arbitraryStartBack, fc.integer({ min: 0, max: 8 }), fc.nat(), (answers, index, pick) => {
      const item = START_BACK.items[index];
      if (!item) return;
      const current = item.options.find((o) => o.code === answers[item.id as keyof StartBackAnswers]);
      const better = item.options.filter((o) => o.score <= (current?.score ?? 0));
      const chosen = better[pick % better.length];
      if (!chosen) return;
      const before = scoreMeasure('start-back', answers);
      const after = scoreMeasure('start-back', { ...answers, [item.id]: chosen.code });
      expect(value(after, 'total')).toBeLessThanOrEqual(value(before, 'total') ?? Number.NaN);
      expect(value(after, 'distress')).toBeLessThanOrEqual(value(before, 'distress') ?? Number.NaN);
      expect(RISK_ORDER[after.risk?.code ?? 'high']).toBeLessThanOrEqual(RISK_ORDER[before.risk?.code ?? 'low']);
    }), RUNS);
  });

  it('Roland-Morris: unticking a statement never raises the score', () => {
    fc.assert(fc.property(arbitraryRolandMorris, fc.nat(), (answers, pick) => {
      if (answers.ticked.length === 0) return;
      const without = answers.ticked.filter((_, i) => i !== pick % answers.ticked.length);
      expect(value(scoreMeasure('roland-morris', { ticked: without }), 'total')).toBeLessThan(value(scoreMeasure('roland-morris', answers), 'total') ?? Number.NaN);
    }), RUNS);
  });

  it('PSFS: rating an activity higher never lowers the average', () => {
    fc.assert(fc.property(arbitraryPsfs, fc.nat(), fc.integer({ min: 0, max: 10 }), (answers, pick, up) => {
      const i = pick % answers.activities.length;
      const activities = answers.activities.map((a, j) => (j === i ? { ...a, rating: Math.min(10, a.rating + up) } : a));
      expect(value(scoreMeasure('psfs', { activities }), 'average')).toBeGreaterThanOrEqual(value(scoreMeasure('psfs', answers), 'average') ?? Number.NaN);
    }), RUNS);
  });

  it('NPRS: less pain at a site never gives that site a higher score', () => {
    fc.assert(fc.property(arbitraryNprs, fc.integer({ min: 0, max: 10 }), (answers, down) => {
      const lower = Object.fromEntries(Object.entries(answers).map(([site, v]) => [site, Math.max(0, (v as number) - down)]));
      const before = scoreMeasure('nprs', answers);
      for (const s of scoreMeasure('nprs', lower).scores) expect(s.value).toBeLessThanOrEqual(value(before, s.scale) ?? Number.NaN);
    }), RUNS);
  });

  it('a change toward the better end is never called worse', () => {
    const scales = (['roland-morris', 'psfs', 'nprs'] as const).flatMap((id) => MEASURES[id].scales.map((s) => [id, s] as const));
    fc.assert(fc.property(fc.constantFrom(...scales), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), ([id, s], a, b) => {
      const from = Math.round(s.min + (s.max - s.min) * a);
      const to = Math.round(s.min + (s.max - s.min) * b);
      const c = measureChange(id, s.id, from, to);
      const towardBetter = s.higherIsBetter ? to > from : to < from;
      if (towardBetter) expect(c.direction).toBe('better');
      if (from === to) expect(c).toMatchObject({ direction: 'same', meaningful: false });
    }), RUNS);
  });
});
