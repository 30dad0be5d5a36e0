import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Case } from '../schemas/case.js';
import { assess } from './assess.js';
import { groupTreatments, topReasons, treatmentGroup, watchFor, whatToSay } from './handover.js';
import { arbitraryCase } from './__fixtures__/arbitrary-case.js';

const cauda: Case = { age: 45, durationDays: 3, course: 'worsening', evidence: { low_back_pain: true, leg_pain_below_knee: true, leg_pain_both_sides: true, saddle_numbness: true, bladder_change: true } };
const sciatica: Case = {
  age: 38, durationDays: 10, course: 'stable', pain: { back: 5, leg: 7 },
  evidence: { low_back_pain: true, leg_pain_below_knee: true, leg_pain_worse_than_back: true, pain_worse_cough_sneeze: true, numbness_tingling: true, takes_anticoagulant: true, pregnant: false },
};

describe('topReasons', () => {
  it('gives the reasons of the rules that set the level, most important first, at most three', () => {
    const a = assess(cauda);
    const reasons = topReasons(a);
    expect(reasons.length).toBeLessThanOrEqual(3);
    const atLevel = a.triage.rules.filter((r) => r.level === a.triage.level).map((r) => r.reason);
    for (const r of reasons) expect(atLevel).toContain(r);
    // Lower-level reasons ("the pain is getting worse") do not crowd out the emergency.
    expect(reasons.join(' ')).not.toMatch(/getting worse, so it should be checked/);
  });

  it('falls back to the level\'s own reason when no rule fired (self care)', () => {
    const a = assess({ age: 28, durationDays: 2, course: 'improving', pain: { knee: 3 }, evidence: { knee_pain: true, knee_swelling: false } });
    expect(a.triage.rules).toEqual([]);
    expect(topReasons(a)).toEqual(a.triage.because.slice(0, 3));
  });
});

describe('watchFor', () => {
  it('at an emergency, only what to do if help cannot be reached or it gets worse on the way', () => {
    const a = assess(cauda);
    expect(watchFor(a)).toEqual([a.safetyNet.at(-1)]);
  });

  it('otherwise the most urgent warnings that fit, then when to come back', () => {
    const a = assess(sciatica);
    const w = watchFor(a);
    expect(w).toHaveLength(3);
    expect(w[0]).toBe(a.safetyNet[0]);
    expect(w.at(-1)).toBe(a.safetyNet.at(-1));
  });
});

describe('whatToSay', () => {
  it('says where it hurts and how much, since when, the warning signs and the background that matters', () => {
    expect(whatToSay(assess(sciatica), sciatica)).toEqual([
      'I have leg pain (7 out of 10) and back pain (5 out of 10).',
      'It started 10 days ago and it is about the same.',
      'I take a blood thinner.',
    ]);
    const lines = whatToSay(assess(cauda), cauda);
    expect(lines[0]).toBe('I have lower back pain and pain running down the leg below the knee.');
    expect(lines[1]).toBe('It started 3 days ago and it is getting worse.');
    expect(lines[2]).toBe('The checker found this warning sign: Possible cauda equina syndrome.');
  });

  it('never mentions what was denied or not asked', () => {
    // Pregnancy was answered no: not said. Duration unknown: no "started" line.
    const c: Case = { age: 30, evidence: { knee_pain: true, pregnant: false } };
    expect(whatToSay(assess(c), c)).toEqual(['I have knee pain.']);
  });
});

describe('treatment groups', () => {
  it('never puts an option guidelines advise against, or one to avoid, among the recommended or the considered', () => {
    fc.assert(
      fc.property(arbitraryCase, (c) => {
        const groups = groupTreatments(assess(c).treatments);
        for (const t of [...groups.recommended, ...groups.discuss]) {
          expect(t.verdict).not.toBe('not_recommended');
          expect(t.suitability).not.toBe('avoid');
          expect(t.relevant).toBe(true);
        }
        for (const t of groups.not_for_picture) expect(t.relevant).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps every option, each in one group', () => {
    const a = assess(sciatica);
    const groups = groupTreatments(a.treatments);
    expect(Object.values(groups).flat().map((t) => t.id).sort()).toEqual(a.treatments.map((t) => t.id).sort());
    // On a blood thinner, anti-inflammatory tablets fit the picture but are not advised for this person.
    const nsaid = a.treatments.find((t) => t.id === 'nsaid_oral')!;
    expect(nsaid.suitability).toBe('avoid');
    expect(treatmentGroup(nsaid)).toBe('not_advised');
    // For sciatica the guideline "considers" exercise: it is one to discuss, not "recommended".
    expect(groups.discuss.map((t) => t.id)).toContain('physiotherapy_exercise');
    const knee = assess({ age: 66, durationDays: 200, evidence: { knee_pain: true, history_knee_osteoarthritis: true, knee_grinding: true } });
    const kneeGroups = groupTreatments(knee.treatments);
    expect(kneeGroups.recommended.map((t) => t.id)).toContain('physiotherapy_exercise');
    // A referral verdict is one to discuss.
    expect(kneeGroups.discuss.find((t) => t.id === 'knee_replacement')?.verdict).toBe('refer');
  });
});
