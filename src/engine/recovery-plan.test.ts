import { plainTitle } from '../knowledge/plain-title.js';
import { Value } from '@sinclair/typebox/value';
import { describe, expect, it } from 'vitest';
import { EXERCISE_BY_ID, EXERCISES, type ExerciseId } from '../knowledge/exercises.js';
import type { PatternId } from '../knowledge/patterns.js';
import { RECOVERY_TIPS } from '../knowledge/recovery.js';
import { RecoveryPlanSchema, type RecoveryPhase } from '../schemas/assessment.js';
import type { Case } from '../schemas/case.js';
import { phaseForDuration, planFor, recoveryPlan } from './recovery-plan.js';

const ids = (plan: { exercises: { id: string }[] }) => plan.exercises.map((e) => e.id);
const suitsAny = (id: string, patterns: readonly PatternId[]) =>
  EXERCISE_BY_ID[id as ExerciseId].patterns.some((p) => patterns.includes(p));

describe('phaseForDuration', () => {
  it.each([
    [undefined, 'acute'], [0, 'acute'], [14, 'acute'], [14.9, 'acute'],
    [15, 'subacute'], [42, 'subacute'], [42.5, 'subacute'],
    [43, 'rehabilitation'], [90, 'rehabilitation'], [91, 'rehabilitation'], [3650, 'rehabilitation'],
    [-1, 'acute'], [Number.NaN, 'acute'],
  ] as const)('day %s is %s', (days, phase) => {
    expect(phaseForDuration(days)).toBe(phase);
  });
});

describe('recoveryPlan', () => {
  const knee: Case = { age: 60, durationDays: 20, pain: { knee: 6 }, evidence: { knee_pain: true } };

  it('is the plan of the phase of the duration, valid against the schema', () => {
    for (const [durationDays, phase] of [[3, 'acute'], [20, 'subacute'], [60, 'rehabilitation']] as const) {
      const plan = recoveryPlan({ ...knee, durationDays }, ['knee_osteoarthritis']);
      expect(plan.phase).toBe(phase);
      expect(Value.Check(RecoveryPlanSchema, plan)).toBe(true);
      expect(plan.exercises.length).toBeGreaterThan(0);
      for (const e of plan.exercises) expect(EXERCISE_BY_ID[e.id as ExerciseId].phases).toContain(phase);
    }
  });

  it('gives a knee picture knee exercises only, and a sciatica picture back exercises only', () => {
    const k = recoveryPlan(knee, ['knee_osteoarthritis']);
    const b = recoveryPlan({ ...knee, pain: { leg: 7, back: 4 } }, ['lumbar_radiculopathy']);
    for (const id of ids(k)) expect(suitsAny(id, ['knee_osteoarthritis'])).toBe(true);
    for (const id of ids(b)) expect(suitsAny(id, ['lumbar_radiculopathy'])).toBe(true);
    expect(ids(k)).toContain('straight_leg_raise');
    expect(ids(k)).not.toContain('bird_dog');
    expect(ids(b)).toContain('bird_dog');
    expect(ids(b)).not.toContain('straight_leg_raise');
  });

  it('gives a picture of both (or the knee straining the back) both kinds', () => {
    const both = ids(recoveryPlan(knee, ['knee_osteoarthritis', 'lumbar_radiculopathy']));
    const driven = ids(recoveryPlan(knee, ['knee_driven_back_strain']));
    for (const plan of [both, driven]) expect(plan).toEqual(expect.arrayContaining(['straight_leg_raise', 'bird_dog']));
  });

  it('keeps the knowledge order and lists an exercise once', () => {
    const plan = ids(recoveryPlan(knee, ['knee_osteoarthritis', 'patellofemoral_pain', 'lumbar_radiculopathy', 'knee_driven_back_strain']));
    const order = EXERCISES.map((e) => e.id as string);
    expect(new Set(plan).size).toBe(plan.length);
    expect([...plan].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(plan);
  });

  it('falls back on where it hurts when no pattern is given', () => {
    const kneeOnly = ids(recoveryPlan(knee, []));
    expect(kneeOnly).toEqual(ids(recoveryPlan(knee, ['knee_osteoarthritis'])));
    const backOnly = ids(recoveryPlan({ age: 40, durationDays: 20, evidence: { leg_pain_below_knee: true } }, []));
    expect(backOnly).toEqual(ids(recoveryPlan(knee, ['nonspecific_low_back_pain'])));
    const unknown = ids(recoveryPlan({ age: 40, durationDays: 20 }, []));
    expect(unknown).toEqual(expect.arrayContaining([...kneeOnly, ...backOnly]));
  });

  it('walking for narrowed leg arteries', () => {
    expect(ids(recoveryPlan({ age: 70, durationDays: 30 }, ['peripheral_arterial_disease']))).toEqual(['stationary_cycling', 'walking_programme']);
  });

  it("carries the phase's complications to watch and its tips", () => {
    const acute = recoveryPlan({ ...knee, durationDays: 2 }, []);
    const rehab = recoveryPlan({ ...knee, durationDays: 50 }, []);
    expect(acute.complicationsToWatch.map((c) => c.id)).not.toContain('persistent_sciatica');
    expect(rehab.complicationsToWatch.map((c) => c.id)).toEqual(['increased_pain_or_swelling', 'persistent_sciatica', 'muscle_weakness_atrophy']);
    const tipsOf = (p: RecoveryPhase) => RECOVERY_TIPS.filter((t) => t.phases.includes(p)).map((t) => plainTitle(t.articleTitle));
    expect(acute.tips.map((t) => t.title)).toEqual(tipsOf('acute'));
    expect(rehab.tips.map((t) => t.title)).toEqual(tipsOf('rehabilitation'));
    expect(rehab.tips.map((t) => t.title)).toContain('Incorporate stretching');
    expect(acute.tips.map((t) => t.title)).not.toContain('Incorporate stretching');
    // Titles people read: sentence case, UK English.
    expect(acute.tips.map((t) => t.title)).toContain('Follow a structured rehabilitation programme');
  });

  it('writes each exercise for a person: plain dose and when to stop', () => {
    const plan = recoveryPlan(knee, ['knee_osteoarthritis']);
    const slr = plan.exercises.find((e) => e.id === 'straight_leg_raise')!;
    expect(slr.dose).toBe('2 sets of 10, hold 3 seconds, once a day');
    expect(slr.stopIf).toMatch(/^Stop if you feel .*sharp pain.*new numbness, tingling or weakness.*more than 2 points above your usual the next day/);
    expect(slr.targets).toContain('quadriceps (front of the thigh)');
  });

  it('is deterministic, and its shared pieces cannot be changed by one caller for the next', () => {
    const a = recoveryPlan(knee, ['knee_osteoarthritis']);
    const b = recoveryPlan(knee, ['knee_osteoarthritis']);
    expect(b).toEqual(a);
    expect(() => { (a.exercises[0] as { title: string }).title = 'changed'; }).toThrow(TypeError);
    expect(() => { a.goals.push('changed'); }).toThrow(TypeError);
    expect(recoveryPlan(knee, ['knee_osteoarthritis'])).toEqual(b);
    // The whole plan is shared and frozen, its list of exercises too.
    expect(() => a.exercises.pop()).toThrow(TypeError);
    expect(recoveryPlan(knee, ['knee_osteoarthritis']).exercises).toHaveLength(b.exercises.length);
  });

  it('ignores a pattern id it does not know instead of failing', () => {
    expect(() => planFor('acute', ['no_such_pattern' as PatternId])).not.toThrow();
  });
});
