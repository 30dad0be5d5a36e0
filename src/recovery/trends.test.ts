import { describe, expect, it } from 'vitest';
import { RECOVERY_MEASURE_BY_ID } from '../knowledge/recovery.js';
import { checkIn, dailyCheckIns, dayAfterNewYear2024 as on } from './__fixtures__/check-ins.js';
import { orderCheckIns } from './check-ins.js';
import { directionOf, isImportantChange, recoveryTrends, trendOf } from './trends.js';

const pain = RECOVERY_MEASURE_BY_ID.knee_pain;
const sleep = RECOVERY_MEASURE_BY_ID.sleep;
const swelling = RECOVERY_MEASURE_BY_ID.swelling;
const trendsOf = (list: ReturnType<typeof checkIn>[]) => recoveryTrends(orderCheckIns(on(0), list));

describe('isImportantChange: 2 points or 30% (Farrar 2001; Ostelo 2008)', () => {
  it('is important at exactly 2 points, whatever the percentage', () => {
    expect(isImportantChange(8, 6, pain)).toBe(true); // 25%
    expect(isImportantChange(6, 8, pain)).toBe(true);
    expect(isImportantChange(8, 7, pain)).toBe(false); // 1 point, 12.5%
  });

  it('is important at exactly 30%, whatever the points', () => {
    expect(isImportantChange(5, 3.5, pain)).toBe(true); // 1.5 points, exactly 30%
    expect(isImportantChange(5, 3.6, pain)).toBe(false); // 1.4 points, 28%
    expect(isImportantChange(10, 7, pain)).toBe(true); // 3 points, exactly 30%
    expect(isImportantChange(3, 2, pain)).toBe(true); // 1 point, 33%
    expect(isImportantChange(4, 3, pain)).toBe(false); // 1 point, 25%
  });

  it('has no percentage from zero, and no change is never important', () => {
    expect(isImportantChange(0, 1, pain)).toBe(false);
    expect(isImportantChange(0, 2, pain)).toBe(true);
    expect(isImportantChange(5, 5, pain)).toBe(false);
  });

  it('counts one step on the ordinal scales', () => {
    expect(isImportantChange(0, 1, swelling)).toBe(true);
    expect(isImportantChange(2, 2, swelling)).toBe(false);
  });
});

describe('directionOf', () => {
  it('is better when pain falls and sleep rises, worse the other way', () => {
    expect(directionOf(7, 4, pain)).toBe('better');
    expect(directionOf(4, 7, pain)).toBe('worse');
    expect(directionOf(4, 7, sleep)).toBe('better');
    expect(directionOf(7, 4, sleep)).toBe('worse');
    expect(directionOf(7, 6, pain)).toBe('no_important_change');
  });
});

describe('trends', () => {
  it('compare the first and the latest check-in of each measure', () => {
    const trends = trendsOf([checkIn(on(0), { pain: { knee: 8 } }), checkIn(on(3), { pain: { knee: 7 } }), checkIn(on(5), { pain: { knee: 5 } })]);
    const knee = trends.find((t) => t.measure === 'knee_pain')!;
    expect(knee).toMatchObject({ count: 3, direction: 'better', first: { day: 0, value: 8 }, latest: { day: 5, value: 5 } });
    expect(knee.overall).toMatchObject({ change: -3, percentChange: -37.5, direction: 'better' });
    expect(knee.sources).toEqual(['farrar_2001', 'ostelo_2008']);
  });

  it('skip check-ins that did not record a measure', () => {
    const trends = trendsOf([checkIn(on(0), { pain: { knee: 8 } }), checkIn(on(2), { pain: { knee: 6, leg: 5 } })]);
    const leg = trends.find((t) => t.measure === 'leg_pain')!;
    expect(leg).toMatchObject({ count: 1, direction: 'not_enough_data', latest: { value: 5 } });
    expect(leg.overall).toBeUndefined();
  });

  it('have no data without check-ins', () => {
    for (const t of trendsOf([])) {
      expect(t).toMatchObject({ count: 0, direction: 'not_enough_data' });
      expect(t.first).toBeUndefined();
    }
  });

  it('compare the latest with the last check-in a week or more before it', () => {
    // better than at the start, but worse than a week ago
    const list = dailyCheckIns(0, 20, (d) => ({ pain: { knee: d === 0 ? 9 : d <= 13 ? 3 : d < 20 ? 4 : 6 } }));
    const knee = trendsOf(list).find((t) => t.measure === 'knee_pain')!;
    expect(knee.direction).toBe('better');
    expect(knee.recent).toMatchObject({ from: { day: 13, value: 3 }, to: { day: 20, value: 6 }, direction: 'worse' });
  });

  it('compare with the first check-in when none is a week older', () => {
    const t = trendOf(pain as typeof pain & { id: 'knee_pain' }, [
      { date: on(0), day: 0, value: 2 }, { date: on(2), day: 2, value: 3 }, { date: on(4), day: 4, value: 5 },
    ]);
    expect(t.recent).toMatchObject({ from: { day: 0 }, direction: 'worse' });
  });

  it('read swelling and walking as ranks', () => {
    const trends = trendsOf([
      checkIn(on(0), { swelling: 'none', walkingTolerance: 'under_5_min' }),
      checkIn(on(1), { swelling: 'moderate', walkingTolerance: 'over_60_min' }),
    ]);
    expect(trends.find((t) => t.measure === 'swelling')).toMatchObject({ direction: 'worse', latest: { value: 2 } });
    expect(trends.find((t) => t.measure === 'walking_tolerance')).toMatchObject({ direction: 'better', latest: { value: 4 } });
  });
});

describe('orderCheckIns', () => {
  it('sorts by date, keeps the last one given for a date, and leaves out those after today', () => {
    const list = [checkIn(on(5), { sleep: 1 }), checkIn(on(1)), checkIn(on(5), { sleep: 2 }), checkIn(on(9))];
    const ordered = orderCheckIns(on(0), list, on(8));
    expect(ordered.map((c) => [c.day, c.data.sleep])).toEqual([[1, 7], [5, 2]]);
  });
});

describe('trend sentences', () => {
  it('says each trend in words: leg pain fell from 7 to 3 in 4 days', () => {
    const trends = trendsOf([
      checkIn(on(2), { pain: { leg: 7, knee: 4 }, swelling: 'moderate', walkingTolerance: '5_to_15_min', sleep: 4 }),
      checkIn(on(6), { pain: { leg: 3, knee: 4 }, swelling: 'mild', walkingTolerance: '30_to_60_min', sleep: 5 }),
    ]);
    const said = Object.fromEntries(trends.map((t) => [t.measure, t.sentence]));
    expect(said.leg_pain).toBe('Leg pain fell from 7 to 3 in 4 days. A real improvement.');
    expect(said.knee_pain).toBe('Knee pain stayed at 4 over 4 days. About the same.');
    expect(said.swelling).toBe('Knee swelling went down from moderate to mild in 4 days. A real improvement.');
    expect(said.walking_tolerance).toBe('How long you could walk went up from 5 to 15 minutes to 30 to 60 minutes in 4 days. A real improvement.');
    expect(said.sleep).toBe('Sleep rose from 4 to 5 out of 10 in 4 days. About the same.');
    expect(said.back_pain).toBeUndefined();
  });

  it('says a rise plainly, and nothing from a single check-in', () => {
    expect(trendsOf([checkIn(on(1), { pain: { knee: 3 } }), checkIn(on(2), { pain: { knee: 6 } })]).find((t) => t.measure === 'knee_pain')!.sentence).toBe(
      'Knee pain rose from 3 to 6 in 1 day. A real change for the worse.',
    );
    expect(trendsOf([checkIn(on(1), { pain: { knee: 3 } })]).every((t) => t.sentence === undefined)).toBe(true);
  });
});
