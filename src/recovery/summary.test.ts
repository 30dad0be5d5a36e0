import { Value } from '@sinclair/typebox/value';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXERCISE_BY_ID, type ExerciseId } from '../knowledge/exercises.js';
import { RECOVERY_TIPS } from '../knowledge/recovery.js';
import { CHECKIN_RED_FLAG_IDS, SWELLING_LEVELS, WALKING_TOLERANCES, type CheckInInput } from '../schemas/checkin.js';
import { RecoverySummarySchema } from '../schemas/recovery.js';
import { NO_RED_FLAGS, checkIn, dailyCheckIns, dayAfterNewYear2024 as on } from './__fixtures__/check-ins.js';
import { summarizeRecovery } from './summary.js';

const valid = (s: unknown) => {
  const errors = [...Value.Errors(RecoverySummarySchema, s)].map((e) => `${e.path}: ${e.message}`);
  expect(errors).toEqual([]);
};

describe('summarizeRecovery', () => {
  it('with no check-ins: the phase, the plan, no alerts', () => {
    const s = summarizeRecovery({ onsetDate: on(0), today: on(20), checkIns: [] });
    valid(s);
    expect(s.phase).toMatchObject({ day: 20, phase: 'subacute', state: 'in_programme' });
    expect(s.checkIns).toEqual({ count: 0 });
    expect(s.alerts).toEqual([]);
    expect(s.topSeverity).toBeUndefined();
    expect(s.plan.phase).toBe('subacute');
    expect(s.tips.map((t) => t.articleTitle)).toEqual(RECOVERY_TIPS.filter((t) => t.phases.includes('subacute')).map((t) => t.articleTitle));
    expect(s.tips.every((t) => !t.highlighted)).toBe(true);
    expect(s.complications.every((c) => !c.flagged)).toBe(true);
    expect(s.notice).toMatch(/not a diagnosis/);
  });

  it("the plan's exercises follow the progression: stepped back after a flare, it shows the easier phase's exercises and says why", () => {
    const checkIns = dailyCheckIns(0, 25, (d) => ({ sessions: [{ painBefore: 2, painDuring: d === 24 ? 8 : 3, painAfter: 3, exercises: [] }] }));
    const s = summarizeRecovery({ onsetDate: on(0), today: on(25), checkIns });
    valid(s);
    expect(s.phase.phase).toBe('subacute');
    expect(s.progression).toMatchObject({ phase: 'acute', timePhase: 'subacute', status: 'stepped_back' });
    expect(s.progression.latest!.reasons[0]).toBe(`Pain during exercise reached 8/10 on ${on(24)}, above the 5/10 limit.`);
    expect(s.plan.phase).toBe('acute');
  });

  it('a recovery going well: trends better, no alerts', () => {
    const checkIns = dailyCheckIns(0, 30, (d) => ({ pain: { knee: Math.max(0, 7 - Math.floor(d / 4)), back: 2 } }));
    const s = summarizeRecovery({ onsetDate: on(0), today: on(30), checkIns });
    valid(s);
    expect(s.trends.find((t) => t.measure === 'knee_pain')!.direction).toBe('better');
    expect(s.alerts).toEqual([]);
    expect(s.checkIns).toEqual({ count: 31, first: on(0), latest: on(30), daysSinceLatest: 0 });
  });

  it('a red flag comes first, and the complications and tips of the other alerts show where they apply', () => {
    const checkIns = [
      ...dailyCheckIns(40, 49, () => ({ exercisesDone: [], pain: { knee: 2, leg: 3 } })),
      checkIn(on(50), { exercisesDone: [], pain: { knee: 6, leg: 3 }, ...{ redFlags: { ...NO_RED_FLAGS, bladder_change: true } } }),
    ];
    const s = summarizeRecovery({ onsetDate: on(0), today: on(52), checkIns });
    valid(s);
    expect(s.topSeverity).toBe('emergency');
    expect(s.alerts[0]).toMatchObject({ kind: 'red_flag', redFlag: 'cauda_equina_syndrome', severity: 'emergency' });
    expect(s.checkIns.daysSinceLatest).toBe(2);
    const flagged = Object.fromEntries(s.complications.map((c) => [c.id, c.alertIds]));
    expect(flagged).toEqual({
      increased_pain_or_swelling: ['pain_or_swelling_worse'],
      persistent_sciatica: ['sciatica_persisting'],
      muscle_weakness_atrophy: ['inactivity'],
    });
    for (const a of s.alerts.filter((x) => x.complication)) {
      expect(s.complications.find((c) => c.id === a.complication!.id)!.text).toBe(a.complication!.text);
    }
    expect(s.tips.find((t) => t.id === 'listen_to_your_body')!.highlighted).toBe(true);
    expect(s.tips.find((t) => t.id === 'stay_active')!.highlighted).toBe(true);
  });

  it('uses the base case for the plan: a knee picture gets knee exercises', () => {
    const s = summarizeRecovery({
      onsetDate: on(0), today: on(50), checkIns: [checkIn(on(49), { pain: { knee: 3 } })],
      baseCase: { age: 50, pain: { knee: 5 }, evidence: { knee_pain: true } },
      patterns: ['knee_osteoarthritis'],
    });
    valid(s);
    expect(s.plan.phase).toBe('rehabilitation');
    for (const e of s.plan.exercises) expect(EXERCISE_BY_ID[e.id as ExerciseId].patterns).toContain('knee_osteoarthritis');
  });

  it('is past the programme after 3 months', () => {
    const s = summarizeRecovery({ onsetDate: on(0), today: on(120), checkIns: [] });
    expect(s.phase).toMatchObject({ state: 'past_programme', phase: 'rehabilitation' });
    expect(s.plan.phase).toBe('rehabilitation');
  });

  it('reads nothing after today', () => {
    const checkIns = [checkIn(on(5)), checkIn(on(6), { redFlags: { ...NO_RED_FLAGS, saddle_numbness: true } })];
    const s = summarizeRecovery({ onsetDate: on(0), today: on(5), checkIns });
    expect(s.alerts).toEqual([]);
    expect(s.checkIns.count).toBe(1);
  });

  it('refuses an onset or today that is not a date', () => {
    expect(() => summarizeRecovery({ onsetDate: 'yesterday', today: on(1), checkIns: [] })).toThrow(RangeError);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const date = fc.integer({ min: 0, max: 200 }).map(on);
/** What the schema's pattern lets through, 2024-02-31 included. */
const patternDate = fc
  .tuple(fc.integer({ min: 2023, max: 2024 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const score = fc.integer({ min: 0, max: 10 });
const checkInOn = (dates: fc.Arbitrary<string>): fc.Arbitrary<CheckInInput> => fc.record(
  {
    date: dates,
    pain: fc.record({ knee: score, leg: score, back: score }, { requiredKeys: [] }),
    numbnessTingling: fc.boolean(),
    swelling: fc.constantFrom(...SWELLING_LEVELS),
    weakness: fc.boolean(),
    walkingTolerance: fc.constantFrom(...WALKING_TOLERANCES),
    sleep: score,
    exercisesDone: fc.uniqueArray(fc.string({ maxLength: 64 }), { maxLength: 5 }),
    medicinesTaken: fc.array(fc.string({ maxLength: 100 }), { maxLength: 3 }),
    note: fc.string({ maxLength: 50 }),
    redFlags: fc.record(Object.fromEntries(CHECKIN_RED_FLAG_IDS.map((id) => [id, fc.boolean()])), { requiredKeys: [] }),
  },
  { requiredKeys: ['date', 'pain', 'numbnessTingling', 'swelling', 'weakness', 'walkingTolerance', 'sleep', 'exercisesDone', 'medicinesTaken', 'redFlags'] },
) as fc.Arbitrary<CheckInInput>;

const input = fc.record({
  onset: fc.integer({ min: 0, max: 60 }),
  today: fc.integer({ min: 0, max: 220 }),
  checkIns: fc.array(checkInOn(date), { maxLength: 40 }),
  age: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
});

describe('summarizeRecovery properties', () => {
  it('never throws for any valid list of check-ins, and always answers in its schema', () => {
    const anyDates = fc.array(checkInOn(fc.oneof(date, patternDate)), { maxLength: 40 });
    fc.assert(
      fc.property(input, anyDates, ({ onset, today, checkIns, age }, odd) => {
        for (const list of [checkIns, odd]) {
          const s = summarizeRecovery({ onsetDate: on(onset), today: on(today), checkIns: list, baseCase: age === undefined ? undefined : { age } });
          expect(Value.Check(RecoverySummarySchema, s)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic: the same input gives the same summary, and the input is left unchanged', () => {
    fc.assert(
      fc.property(input, ({ onset, today, checkIns }) => {
        const frozen = structuredClone(checkIns);
        const args = { onsetDate: on(onset), today: on(today), checkIns };
        expect(summarizeRecovery(args)).toEqual(summarizeRecovery(structuredClone(args)));
        expect(checkIns).toEqual(frozen);
      }),
      { numRuns: 100 },
    );
  });

  it('puts alerts in order of severity, and any ticked red flag at the latest check-in raises an emergency or urgent alert first', () => {
    const rank = ['emergency', 'urgent', 'review', 'info'];
    fc.assert(
      fc.property(input, ({ onset, today, checkIns }) => {
        const s = summarizeRecovery({ onsetDate: on(onset), today: on(today), checkIns });
        const ranks = s.alerts.map((a) => rank.indexOf(a.severity));
        expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
        const latest = checkIns.filter((c) => c.date <= on(today)).sort((a, b) => (a.date < b.date ? -1 : 1)).at(-1);
        const lastGiven = latest && checkIns.filter((c) => c.date === latest.date).at(-1)!;
        if (lastGiven && Object.values(lastGiven.redFlags).some((v) => v === true)) {
          expect(s.alerts[0]?.kind).toBe('red_flag');
          expect(['emergency', 'urgent']).toContain(s.alerts[0]!.severity);
        }
      }),
      { numRuns: 200 },
    );
  });
});
