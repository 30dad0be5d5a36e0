import { Value } from '@sinclair/typebox/value';
import { describe, expect, it } from 'vitest';
import { RecoverySeriesSchema } from '../schemas/recovery.js';
import { NO_RED_FLAGS, checkIn, dayAfterNewYear2024 as on } from './__fixtures__/check-ins.js';
import { recoverySeries } from './series.js';

describe('recoverySeries', () => {
  const checkIns = [
    checkIn(on(3), { pain: { knee: 5 }, swelling: 'severe', walkingTolerance: 'over_60_min', sleep: 4, exercisesDone: ['bridges', 'clamshells'] }),
    checkIn(on(1), { pain: { knee: 7, leg: 2, back: 0 }, swelling: 'mild', walkingTolerance: 'under_5_min', exercisesDone: [], numbnessTingling: true }),
    checkIn(on(9), { redFlags: { ...NO_RED_FLAGS, fever: true }, weakness: true }),
  ];

  it('gives one point a check-in, oldest first, with numbers a chart can plot', () => {
    const s = recoverySeries({ onsetDate: on(0), checkIns });
    expect(Value.Check(RecoverySeriesSchema, s)).toBe(true);
    expect(s.points.map((p) => p.day)).toEqual([1, 3, 9]);
    expect(s.points[0]).toEqual({
      date: on(1), day: 1, kneePain: 7, legPain: 2, backPain: 0, swelling: 1, walkingTolerance: 0, sleep: 7,
      exercisesDone: 0, numbnessTingling: true, weakness: false, redFlag: false,
    });
    expect(s.points[1]).toMatchObject({ kneePain: 5, legPain: null, backPain: null, swelling: 3, walkingTolerance: 4, sleep: 4, exercisesDone: 2 });
    expect(s.points[2]).toMatchObject({ redFlag: true, weakness: true });
  });

  it("marks the article's phases for the chart background", () => {
    const s = recoverySeries({ onsetDate: on(0), checkIns: [] });
    expect(s.phases.map((p) => [p.id, p.firstDay, p.lastDay])).toEqual([['acute', 0, 14], ['subacute', 15, 42], ['rehabilitation', 43, 90]]);
    expect(s.points).toEqual([]);
  });

  it('leaves out check-ins after today when today is given', () => {
    expect(recoverySeries({ onsetDate: on(0), checkIns, today: on(3) }).points.map((p) => p.day)).toEqual([1, 3]);
  });
});
