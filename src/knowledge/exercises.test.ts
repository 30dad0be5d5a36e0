import { describe, expect, it } from 'vitest';
import { RECOVERY_PHASES } from '../schemas/assessment.js';
import { EXERCISES, EXERCISE_BY_ID, EXERCISE_IDS, type ExerciseKind, type ExerciseTarget } from './exercises.js';
import { PATTERN_IDS, type PatternId } from './patterns.js';
import { SOURCES } from './sources.js';

const inPhase = (phase: string) => EXERCISES.filter((e) => (e.phases as readonly string[]).includes(phase));
const suits = (p: PatternId) => (e: (typeof EXERCISES)[number]) => e.patterns.includes(p);

describe('exercises', () => {
  it('have unique ids and a lookup', () => {
    expect(new Set(EXERCISE_IDS).size).toBe(EXERCISES.length);
    for (const id of EXERCISE_IDS) expect(EXERCISE_BY_ID[id].id).toBe(id);
  });

  it('are complete: steps, a dose with a frequency, a progression, phases, patterns and sources', () => {
    for (const e of EXERCISES) {
      expect(e.steps.length, e.id).toBeGreaterThan(0);
      expect(e.dose.frequency.length, e.id).toBeGreaterThan(0);
      expect(e.progression.length, e.id).toBeGreaterThan(0);
      expect(e.phases.length, e.id).toBeGreaterThan(0);
      expect(e.patterns.length, e.id).toBeGreaterThan(0);
      for (const p of e.patterns) expect(PATTERN_IDS).toContain(p);
      for (const s of e.sources) expect(SOURCES[s], s).toBeDefined();
      expect(e.sources, e.id).toContain('article');
      // Exercise is first line in NICE NG59 (back, sciatica) or NG226 (knee osteoarthritis).
      expect(e.sources.some((s) => s === 'nice_ng59' || s === 'nice_ng226'), e.id).toBe(true);
    }
  });

  it("stretch and strengthen every muscle group the article names, and offer its low-impact activities", () => {
    const targeted = (kind: ExerciseKind, t: ExerciseTarget) => EXERCISES.some((e) => e.kind === kind && (e.targets as readonly string[]).includes(t));
    for (const t of ['hamstrings', 'quadriceps', 'hip_flexors', 'lower_back'] as const) expect(targeted('stretching', t), t).toBe(true);
    for (const t of ['quadriceps', 'hip_muscles', 'core', 'hamstrings'] as const) expect(targeted('strengthening', t), t).toBe(true);
    const lowImpact = EXERCISES.filter((e) => e.kind === 'low_impact').map((e) => e.title.toLowerCase()).join(' ');
    for (const word of ['swim', 'cycl', 'walk']) expect(lowImpact).toContain(word);
  });

  it('give every phase knee and back exercises, and a low-impact activity', () => {
    for (const phase of RECOVERY_PHASES) {
      const list = inPhase(phase);
      expect(list.some(suits('knee_osteoarthritis')), phase).toBe(true);
      expect(list.some(suits('lumbar_radiculopathy')), phase).toBe(true);
      expect(list.some((e) => e.kind === 'low_impact'), phase).toBe(true);
    }
  });

  it('give every pattern at least one exercise in every phase', () => {
    for (const phase of RECOVERY_PHASES) for (const p of PATTERN_IDS) expect(inPhase(phase).some(suits(p)), `${phase} ${p}`).toBe(true);
  });

  it('keep back-only exercises away from knee-only pictures and the other way round', () => {
    expect(EXERCISE_BY_ID.bird_dog.patterns).not.toContain('knee_osteoarthritis');
    expect(EXERCISE_BY_ID.quad_sets.patterns).not.toContain('lumbar_radiculopathy');
    // the article's central idea: a knee straining the back gets both
    expect(EXERCISE_BY_ID.bird_dog.patterns).toContain('knee_driven_back_strain');
    expect(EXERCISE_BY_ID.quad_sets.patterns).toContain('knee_driven_back_strain');
  });

  it('start gently: the acute phase has no loaded strengthening beyond static holds', () => {
    const acute = inPhase('acute').map((e) => e.id);
    expect(acute).not.toContain('step_ups');
    expect(acute).not.toContain('sit_to_stand');
    expect(inPhase('rehabilitation').map((e) => e.id)).toEqual(expect.arrayContaining(['step_ups', 'sit_to_stand', 'single_leg_balance']));
  });
});
