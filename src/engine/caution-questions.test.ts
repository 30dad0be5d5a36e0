import { describe, expect, it } from 'vitest';
import { assess } from './assess.js';
import { cautionQuestions } from './caution-questions.js';

describe('cautionQuestions', () => {
  it('offers the medicine and health questions the interview left out, none already answered', () => {
    const ids = cautionQuestions({ age: 40, sex: 'female', evidence: { knee_pain: true, kidney_disease: false } }).map((q) => q.id);
    for (const id of ['takes_anticoagulant', 'stomach_ulcer_or_bleed_history', 'pregnant']) expect(ids).toContain(id);
    expect(ids).not.toContain('kidney_disease');
    expect(ids).not.toContain('knee_pain');
  });

  it('asks about pregnancy only where it can apply', () => {
    expect(cautionQuestions({ age: 40, sex: 'male' }).map((q) => q.id)).not.toContain('pregnant');
    expect(cautionQuestions({ age: 70, sex: 'female' }).map((q) => q.id)).not.toContain('pregnant');
  });

  it('answers that change the cautions: a blood thinner makes anti-inflammatory tablets something to avoid', () => {
    const c = { age: 50, durationDays: 30, course: 'stable' as const, evidence: { knee_pain: true, history_knee_osteoarthritis: true } };
    const before = assess(c).treatments.find((t) => t.id === 'nsaid_oral')!;
    const after = assess({ ...c, evidence: { ...c.evidence, takes_anticoagulant: true } }).treatments.find((t) => t.id === 'nsaid_oral')!;
    expect(before.suitability).toBe('suitable');
    expect(after.suitability).toBe('avoid');
    expect(cautionQuestions(c).map((q) => q.id)).toContain('takes_anticoagulant');
  });
});
