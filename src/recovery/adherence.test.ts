import { describe, expect, it } from 'vitest';
import { checkIn, dayAfterNewYear2024 as on } from './__fixtures__/check-ins.js';
import { orderCheckIns } from './check-ins.js';
import { recoverySeries } from './series.js';
import { weeklyAdherence } from './adherence.js';

const session = { painBefore: 2, painDuring: 3, painAfter: 2, exercises: [] };

describe('weeklyAdherence', () => {
  it('counts sessions per week: guided sessions, or one for a day with exercises ticked; empty weeks stay in', () => {
    const checkIns = [
      checkIn(on(1), { sessions: [session, session] }),
      checkIn(on(2), { exercisesDone: ['bridges'] }),
      checkIn(on(3), { exercisesDone: [] }),
      checkIn(on(20), { exercisesDone: ['bridges'], sessions: [session] }),
    ];
    expect(weeklyAdherence(orderCheckIns(on(0), checkIns))).toEqual([
      { week: 1, firstDay: 0, lastDay: 6, sessions: 3, guidedSessions: 2, exerciseDays: 2, checkIns: 3 },
      { week: 2, firstDay: 7, lastDay: 13, sessions: 0, guidedSessions: 0, exerciseDays: 0, checkIns: 0 },
      { week: 3, firstDay: 14, lastDay: 20, sessions: 1, guidedSessions: 1, exerciseDays: 1, checkIns: 1 },
    ]);
  });

  it('is empty without check-ins, and is part of the series', () => {
    expect(weeklyAdherence([])).toEqual([]);
    expect(recoverySeries({ onsetDate: on(0), checkIns: [checkIn(on(8))] }).weeks).toEqual([
      { week: 2, firstDay: 7, lastDay: 13, sessions: 1, guidedSessions: 0, exerciseDays: 1, checkIns: 1 },
    ]);
  });
});
