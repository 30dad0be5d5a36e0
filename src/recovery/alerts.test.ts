import { Value } from '@sinclair/typebox/value';
import { describe, expect, it } from 'vitest';
import type { Case } from '../schemas/case.js';
import type { CheckInInput } from '../schemas/checkin.js';
import { AlertSchema, type Alert } from '../schemas/recovery.js';
import { NO_RED_FLAGS, checkIn, dailyCheckIns, dayAfterNewYear2024 as on } from './__fixtures__/check-ins.js';
import { recheckCase, recoveryAlerts } from './alerts.js';
import { orderCheckIns } from './check-ins.js';
import { recoveryTrends } from './trends.js';

function alertsFor(list: CheckInInput[], todayDay: number, baseCase?: Case): Alert[] {
  const checkIns = orderCheckIns(on(0), list, on(todayDay));
  const alerts = recoveryAlerts({ todayDay, checkIns, trends: recoveryTrends(checkIns), baseCase });
  for (const a of alerts) expect(Value.Check(AlertSchema, a), JSON.stringify([...Value.Errors(AlertSchema, a)])).toBe(true);
  return alerts;
}
const kinds = (alerts: Alert[]) => alerts.map((a) => a.id);
const flags = (over: Partial<CheckInInput['redFlags']>) => ({ redFlags: { ...NO_RED_FLAGS, ...over } });

describe('red flags at a check-in', () => {
  it('re-triages a ticked red flag with the engine and puts the emergency first', () => {
    const list = [
      checkIn(on(0), { pain: { knee: 2, back: 2 } }),
      checkIn(on(20), { pain: { knee: 8, back: 6 }, weakness: true, exercisesDone: [], ...flags({ saddle_numbness: true }) }),
    ];
    const alerts = alertsFor(list, 20);
    expect(alerts[0]).toMatchObject({
      id: 'red_flag:cauda_equina_syndrome', kind: 'red_flag', severity: 'emergency', triageLevel: 'emergency',
      redFlag: 'cauda_equina_syndrome', date: on(20),
    });
    expect(alerts[0]!.because).toContain('saddle_numbness');
    expect(alerts[0]!.message).toContain('numbness or altered feeling around the genitals');
    expect(alerts[0]!.whatToDo).toMatch(/emergency department now/);
    expect(alerts.length).toBeGreaterThan(1); // the worse pain is there too, after it
    expect(alerts.slice(1).every((a) => a.severity !== 'emergency')).toBe(true);
  });

  it('calls the ambulance for chest pain or breathlessness', () => {
    const alerts = alertsFor([checkIn(on(5), flags({ chest_pain_or_breathless: true }))], 5);
    expect(alerts[0]).toMatchObject({ redFlag: 'pulmonary_embolism', severity: 'emergency', triageLevel: 'emergency_ambulance' });
  });

  it("weighs the person's context from the base case: a hot swollen knee replacement is an emergency", () => {
    const list = [checkIn(on(10), { swelling: 'moderate', ...flags({ knee_hot_red: true }) })];
    const withContext = alertsFor(list, 10, { age: 70, evidence: { knee_replacement: true } });
    const without = alertsFor(list, 10);
    expect(withContext[0]).toMatchObject({ redFlag: 'septic_arthritis', severity: 'emergency' });
    expect(without[0]).toMatchObject({ redFlag: 'septic_arthritis', severity: 'urgent', triageLevel: 'consultation_24' });
  });

  it('passes age only when the base case gives it (the Ottawa knee rule needs it)', () => {
    const list = [checkIn(on(3), flags({ cannot_bear_weight: true }))];
    const base: Case = { age: 60, evidence: { recent_knee_injury: true } };
    expect(recheckCase(orderCheckIns(on(0), list)[0]!, base).age).toBe(60);
    expect(recheckCase(orderCheckIns(on(0), list)[0]!).age).toBeUndefined();
    const injured = alertsFor(list, 3, base);
    expect(injured[0]).toMatchObject({ redFlag: 'knee_fracture', severity: 'urgent' });
    // Without the injury context no red flag fits, but the ticked question still gets its floor.
    const bare = alertsFor(list, 3);
    expect(bare[0]).toMatchObject({ id: 'red_flag:cannot_bear_weight', severity: 'urgent', triageLevel: 'consultation_24', title: 'Cannot take weight on the leg' });
    expect(bare[0]!.redFlag).toBeUndefined();
  });

  it('never leaves a ticked red-flag question unanswered', () => {
    for (const id of Object.keys(NO_RED_FLAGS)) {
      for (const pain of [{ knee: 0, back: 0, leg: 0 }, { knee: 5 }, { back: 5, leg: 5 }]) {
        const alerts = alertsFor([checkIn(on(20), { pain, ...flags({ [id]: true }) })], 20);
        const red = alerts.filter((a) => a.kind === 'red_flag');
        expect(red.some((a) => a.because.includes(id)), `${id} ${JSON.stringify(pain)}`).toBe(true);
        expect(red.every((a) => a.severity === 'emergency' || a.severity === 'urgent'), id).toBe(true);
      }
    }
  });

  it('does not re-raise what the base case already had when nothing new is ticked', () => {
    const base: Case = { age: 55, pain: { back: 5 }, evidence: { cancer_history: true, low_back_pain: true, knee_replacement: true } };
    const alerts = alertsFor([checkIn(on(20), { pain: { back: 4 } })], 20, base);
    expect(alerts.filter((a) => a.kind === 'red_flag')).toEqual([]);
  });

  it('re-checks context when the check-in brings something new: back pain and new weakness with a past cancer is an emergency (NICE NG234)', () => {
    const base: Case = { age: 55, pain: { back: 5 }, evidence: { cancer_history: true, low_back_pain: true, leg_weakness: false } };
    const alerts = alertsFor([checkIn(on(20), { pain: { back: 4 }, weakness: true })], 20, base);
    expect(alerts[0]).toMatchObject({ redFlag: 'spinal_malignancy', severity: 'emergency' });
  });

  it('goes by the latest check-in: a red flag answered no since then raises nothing', () => {
    const list = [checkIn(on(10), flags({ calf_swelling: true })), checkIn(on(11))];
    expect(alertsFor(list, 11).filter((a) => a.kind === 'red_flag')).toEqual([]);
    expect(alertsFor(list, 10)[0]).toMatchObject({ redFlag: 'deep_vein_thrombosis' });
  });
});

describe('pain or swelling getting worse', () => {
  const base = checkIn(on(0), { pain: { knee: 3, back: 2 } });

  it('fires on a clinically important rise, naming the measure and the complication', () => {
    const alerts = alertsFor([base, checkIn(on(4), { pain: { knee: 5, back: 2 } })], 4);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({
      id: 'pain_or_swelling_worse', severity: 'review', triageLevel: 'consultation', because: ['knee_pain'],
      complication: { id: 'increased_pain_or_swelling', articleTitle: 'Increased pain or swelling in the knee' },
    });
    expect(alerts[0]!.message).toContain('knee pain from 3 to 5');
    expect(alerts[0]!.sources).toEqual(expect.arrayContaining(['article', 'farrar_2001', 'ostelo_2008']));
  });

  it('does not fire on a rise below 2 points and 30%, or on improvement', () => {
    expect(alertsFor([checkIn(on(0), { pain: { knee: 6 } }), checkIn(on(4), { pain: { knee: 7 } })], 4)).toEqual([]);
    expect(alertsFor([checkIn(on(0), { pain: { knee: 6 } }), checkIn(on(4), { pain: { knee: 2 } })], 4)).toEqual([]);
  });

  it('fires on swelling a step up', () => {
    const alerts = alertsFor([checkIn(on(0)), checkIn(on(2), { swelling: 'mild' })], 2);
    expect(alerts[0]).toMatchObject({ id: 'pain_or_swelling_worse', because: ['swelling'] });
  });

  it('fires on a rise over the last week even when it is still better than at the start', () => {
    const list = dailyCheckIns(0, 20, (d) => ({ pain: { knee: d === 0 ? 9 : d < 20 ? 3 : 6 } }));
    expect(kinds(alertsFor(list, 20))).toContain('pain_or_swelling_worse');
  });

  it('is same-day when the pain that got worse is severe (8 or more)', () => {
    const alerts = alertsFor([checkIn(on(0), { pain: { leg: 5 } }), checkIn(on(3), { pain: { leg: 8 } })], 3);
    expect(alerts[0]).toMatchObject({ severity: 'urgent', triageLevel: 'consultation_24', because: ['leg_pain'] });
  });
});

describe('sciatica lasting past 6 weeks', () => {
  const sciatica = (day: number, over: Partial<CheckInInput>) => alertsFor([checkIn(on(day), { pain: { leg: 0 }, ...over })], day);

  it('fires on leg pain or numbness after day 42, with the complication', () => {
    expect(sciatica(43, { pain: { leg: 2 } })[0]).toMatchObject({
      id: 'sciatica_persisting', severity: 'review', triageLevel: 'consultation', because: ['leg_pain'],
      complication: { id: 'persistent_sciatica' },
    });
    expect(sciatica(60, { numbnessTingling: true })[0]).toMatchObject({ id: 'sciatica_persisting', because: ['numbness_tingling'] });
    expect(sciatica(43, { pain: { leg: 2 } })[0]!.sources).toEqual(expect.arrayContaining(['nice_ng59', 'koes_2007', 'article']));
  });

  it('does not fire on day 42 or before, or when the leg is clear', () => {
    expect(kinds(sciatica(42, { pain: { leg: 5 }, numbnessTingling: true }))).not.toContain('sciatica_persisting');
    expect(kinds(sciatica(50, { pain: { leg: 0, knee: 3 } }))).not.toContain('sciatica_persisting');
  });
});

describe('new or worse weakness', () => {
  it('is same-day (the progressive neurological deficit policy)', () => {
    const alerts = alertsFor([checkIn(on(9), { weakness: true })], 9);
    expect(alerts[0]).toMatchObject({ id: 'weakness_new_or_worse', severity: 'urgent', triageLevel: 'consultation_24', redFlag: 'progressive_neurological_deficit' });
  });

  it('does not fire without weakness at the latest check-in', () => {
    expect(kinds(alertsFor([checkIn(on(8), { weakness: true }), checkIn(on(9))], 9))).not.toContain('weakness_new_or_worse');
  });

  it('is not repeated when a red flag alert already says as much', () => {
    const alerts = alertsFor([checkIn(on(9), { weakness: true, ...flags({ foot_drop: true }) })], 9);
    expect(kinds(alerts)).toEqual(['red_flag:progressive_neurological_deficit']);
  });
});

describe('weakness from inactivity', () => {
  const week = (exerciseDays: number, checkIns = 7, lastDay = 27) =>
    dailyCheckIns(lastDay - checkIns + 1, lastDay, (d) => ({ exercisesDone: d > lastDay - exerciseDays ? ['bridges'] : [] }));

  it('fires when exercises were done on fewer than 3 of the last 7 days, in subacute and rehabilitation', () => {
    for (const today of [27, 60, 120]) {
      const alerts = alertsFor(week(2, 7, today), today);
      expect(alerts.find((a) => a.id === 'inactivity'), String(today)).toMatchObject({ severity: 'info', complication: { id: 'muscle_weakness_atrophy' } });
    }
  });

  it('does not fire with 3 exercise days, in the acute phase, or with too few check-ins to know', () => {
    expect(kinds(alertsFor(week(3), 27))).not.toContain('inactivity');
    expect(kinds(alertsFor(week(0, 7, 14), 14))).not.toContain('inactivity');
    expect(kinds(alertsFor(week(0, 2), 27))).not.toContain('inactivity');
    // check-ins older than the week do not count
    expect(kinds(alertsFor(week(0, 7, 19), 27))).not.toContain('inactivity');
  });
});

describe('order', () => {
  it('is emergency, urgent, review, info', () => {
    const list = [
      ...dailyCheckIns(40, 49, () => ({ exercisesDone: [], pain: { knee: 2, leg: 3 } })),
      checkIn(on(50), { exercisesDone: [], pain: { knee: 6, leg: 3 }, weakness: true, ...flags({ leg_cold_pale: true }) }),
    ];
    const alerts = alertsFor(list, 50);
    expect(alerts.map((a) => a.severity)).toEqual(['emergency', 'urgent', 'review', 'review', 'info']);
    expect(kinds(alerts)).toEqual(['red_flag:acute_limb_ischaemia', 'weakness_new_or_worse', 'pain_or_swelling_worse', 'sciatica_persisting', 'inactivity']);
  });
});

describe('alert words', () => {
  it('say dates in words, never as YYYY-MM-DD', () => {
    const list = [
      checkIn(on(0), { pain: { knee: 2, leg: 2 } }),
      checkIn(on(50), { pain: { knee: 8, leg: 7 }, weakness: true, numbnessTingling: true, exercisesDone: [], ...flags({ saddle_numbness: true, knee_locked: true }) }),
    ];
    const alerts = alertsFor(list, 50);
    expect(new Set(alerts.map((a) => a.kind))).toEqual(new Set(['red_flag', 'pain_or_swelling_worse', 'sciatica_persisting']));
    for (const a of alerts) {
      expect(`${a.title} ${a.message} ${a.whatToDo}`, a.id).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    }
    expect(alerts[0]!.message).toMatch(/on \d{1,2} [A-Z][a-z]+ \d{4}/);
  });
});
