import { Value } from '@sinclair/typebox/value';
import { describe, expect, it } from 'vitest';
import { PhaseStatusSchema } from '../schemas/recovery.js';
import { dayAfterNewYear2024 as on } from './__fixtures__/check-ins.js';
import { phaseStatus, phaseStatusOnDay } from './phase.js';

const onset = on(0);

describe('phaseStatus', () => {
  it.each([
    [0, 'acute', 1, 14, 'in_programme'],
    [14, 'acute', 15, 0, 'in_programme'],
    [15, 'subacute', 1, 27, 'in_programme'],
    [42, 'subacute', 28, 0, 'in_programme'],
    [43, 'rehabilitation', 1, 47, 'in_programme'],
    [90, 'rehabilitation', 48, 0, 'in_programme'],
  ] as const)('day %i: %s, day %i of the phase, %i left', (day, phase, dayInPhase, daysLeftInPhase, state) => {
    const s = phaseStatus(onset, on(day));
    expect(s).toMatchObject({ day, phase, dayInPhase, daysLeftInPhase, state });
    expect(Value.Check(PhaseStatusSchema, s)).toBe(true);
  });

  it('is past the programme after 3 months, still in rehabilitation, with no days left to count', () => {
    for (const day of [91, 120, 400]) {
      const s = phaseStatus(onset, on(day));
      expect(s).toMatchObject({ day, phase: 'rehabilitation', state: 'past_programme', position: 1 });
      expect(s.daysLeftInPhase).toBeUndefined();
      expect(Value.Check(PhaseStatusSchema, s)).toBe(true);
    }
  });

  it('counts weeks and the position on the 3-month timeline', () => {
    expect(phaseStatusOnDay(0)).toMatchObject({ week: 1, position: 0 });
    expect(phaseStatusOnDay(6).week).toBe(1);
    expect(phaseStatusOnDay(7).week).toBe(2);
    expect(phaseStatusOnDay(45).position).toBe(0.5);
  });

  it('before the onset date it waits at the start of the acute phase', () => {
    const s = phaseStatus(onset, '2023-12-30');
    expect(s).toMatchObject({ day: -2, phase: 'acute', state: 'before_onset', dayInPhase: 1, daysLeftInPhase: 14, position: 0 });
    expect(Value.Check(PhaseStatusSchema, s)).toBe(true);
  });

  it('counts across a leap day', () => {
    expect(phaseStatus('2024-02-20', '2024-03-06')).toMatchObject({ day: 15, phase: 'subacute' });
  });
});
