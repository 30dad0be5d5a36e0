/**
 * The measures in recovery: a baseline first for each that fits the picture, then weekly (STarT
 * Back once); each score over time with the band of change people do not notice around the
 * baseline; the change in a plain sentence; alerts when a score worsens by more than the change
 * that matters, and when none has improved that much 6 weeks after the first.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MEASURES, type MeasureRegion } from '../knowledge/measures/index.js';
import type { MeasureProgress } from '../schemas/measure-results.js';
import { measureWorseAlert, noImprovementAlert, recoveryAlerts } from './alerts.js';
import { addDays } from './dates.js';
import { bandAround, measureProgress, type MeasureEntry } from './measure-progress.js';
import { summarizeRecovery } from './summary.js';

const ONSET = '2026-03-01';
const BACK = new Set<MeasureRegion>(['back', 'leg']);
const KNEE = new Set<MeasureRegion>(['knee']);
const day = (n: number) => addDays(ONSET, n);
const rm = (n: number, score: number): MeasureEntry => ({ instrument: 'roland-morris', date: day(n), answers: { ticked: Array.from({ length: score }, (_, i) => i + 1) } });
const pain = (n: number, answers: Record<string, number>): MeasureEntry => ({ instrument: 'nprs', date: day(n), answers });
const psfs = (n: number, ...ratings: number[]): MeasureEntry => ({ instrument: 'psfs', date: day(n), answers: { activities: ratings.map((rating, i) => ({ name: `activity ${i + 1}`, rating })) } });
const HIGH_START_BACK: MeasureEntry = {
  instrument: 'start-back', date: day(2),
  answers: { q1: 'agree', q2: 'agree', q3: 'agree', q4: 'agree', q5: 'agree', q6: 'agree', q7: 'agree', q8: 'agree', q9: 'extremely' },
};

const progress = (results: MeasureEntry[], today = day(60), sites: ReadonlySet<MeasureRegion> | undefined = BACK) =>
  measureProgress({ onsetDate: ONSET, today, results, ...(sites ? { sites } : {}) });
const of = (p: MeasureProgress, id: string) => p.instruments.find((i) => i.instrument === id);
const seriesOf = (p: MeasureProgress, id: string, scale: string) => of(p, id)?.series.find((s) => s.scale === scale);

describe('which measures, and when', () => {
  it('back or sciatica: STarT Back once and Roland-Morris; any picture: PSFS and pain. A baseline of each is due first', () => {
    const back = progress([], day(0));
    expect(back.instruments.map((i) => [i.instrument, i.status, i.every])).toEqual([
      ['start-back', 'baseline_due', 'once'], ['roland-morris', 'baseline_due', 'weekly'], ['psfs', 'baseline_due', 'weekly'], ['nprs', 'baseline_due', 'weekly'],
    ]);
    expect(back.due).toEqual(['start-back', 'roland-morris', 'psfs', 'nprs']);
    const knee = progress([], day(0), KNEE);
    expect(knee.instruments.map((i) => i.instrument)).toEqual(['psfs', 'nprs']);
    // Nothing known of the picture: every measure is offered.
    expect(progress([], day(0), undefined).due).toHaveLength(4);
    for (const i of back.instruments) expect(i.attribution).toBe(MEASURES[i.instrument].licence.attribution);
  });

  it('after the baseline: STarT Back is done; the others are due again a week later, whatever day they were answered', () => {
    const results = [HIGH_START_BACK, rm(2, 10), pain(2, { back: 6 }), psfs(3, 4)];
    const p = progress(results, day(8));
    expect(of(p, 'start-back')).toMatchObject({ status: 'done', risk: { code: 'high', display: 'High risk', date: day(2) } });
    expect(of(p, 'roland-morris')).toMatchObject({ status: 'up_to_date', nextDue: day(9), lastDate: day(2), count: 1 });
    expect(of(p, 'psfs')).toMatchObject({ status: 'up_to_date', nextDue: day(10) });
    expect(p.due).toEqual([]);
    expect(progress(results, day(9)).due).toEqual(['roland-morris', 'nprs']);
    // A result after `today` is not counted yet.
    expect(of(progress([rm(20, 3)], day(8)), 'roland-morris')?.status).toBe('baseline_due');
  });

  it('a measure answered though it does not fit the picture is still shown, not asked for', () => {
    const p = progress([rm(1, 5)], day(20), KNEE);
    expect(of(p, 'roland-morris')).toMatchObject({ fits: false, status: 'due' });
    expect(p.due).toEqual(['psfs', 'nprs']);
  });
});

describe('scores over time, with the change that matters in words', () => {
  it('Roland-Morris 14 to 8: improved by 6 points, more than the 5 points people notice', () => {
    const s = seriesOf(progress([rm(0, 14), rm(7, 11), rm(14, 8)]), 'roland-morris', 'total');
    expect(s?.points.map((x) => [x.day, x.value])).toEqual([[0, 14], [7, 11], [14, 8]]);
    expect(s?.change).toMatchObject({ from: 14, to: 8, change: -6, direction: 'better', meaningful: true });
    expect(s?.sentence).toBe('Since 1 March 2026, your back function improved by 6 points (from 14 to 8), more than the 5 points people notice.');
    // 30% of 14 is 4.2: the band of no clear change is 14 ± 4.2.
    expect(s?.band).toEqual({ low: 9.8, high: 18.2 });
  });

  it('a change by percent alone, a change too small, no change, and a worsening each say so', () => {
    expect(seriesOf(progress([rm(0, 10), rm(7, 7)]), 'roland-morris', 'total')?.sentence)
      .toBe('Since 1 March 2026, your back function improved by 3 points (from 10 to 7), 30% of where you started: as much as the 30% people notice.');
    expect(seriesOf(progress([rm(0, 20), rm(7, 17)]), 'roland-morris', 'total')?.sentence)
      .toBe('Since 1 March 2026, your back function changed by 3 points (from 20 to 17): less than the 5 points people notice, so not a clear change yet.');
    expect(seriesOf(progress([pain(0, { knee: 5 }), pain(7, { knee: 5 })], day(60), KNEE), 'nprs', 'knee')?.sentence)
      .toBe('Since 1 March 2026, your knee pain is the same as at the start (5).');
    expect(seriesOf(progress([pain(0, { leg: 3 }), pain(7, { leg: 6 })]), 'nprs', 'leg')?.sentence)
      .toBe('Since 1 March 2026, your leg pain got worse by 3 points (from 3 to 6), more than the 2 points people notice.');
  });

  it('PSFS: the average of the activities, with its real-change threshold; pain: one series per site rated', () => {
    const p = progress([psfs(0, 2, 4), psfs(7, 5, 6), pain(0, { leg: 7, back: 4 }), pain(7, { leg: 4 })]);
    expect(seriesOf(p, 'psfs', 'average')?.sentence)
      .toBe('Since 1 March 2026, your chosen activities improved by 2.5 points (from 3 to 5.5), more than the 2 points needed to be sure it is a real change.');
    expect(of(p, 'nprs')?.series.map((s) => [s.scale, s.points.length])).toEqual([['leg', 2], ['back', 1]]);
    expect(seriesOf(p, 'nprs', 'back')?.sentence).toBeUndefined();
    // STarT Back has no change threshold: its points, and no band or sentence.
    const sb = seriesOf(progress([HIGH_START_BACK]), 'start-back', 'total');
    expect(sb).toMatchObject({ points: [{ value: 9 }] });
    expect(sb?.band).toBeUndefined();
  });

  it('for any two scores, the change is one people notice exactly when it reaches the edge of the band', () => {
    const cases = [['roland-morris', 'total', 24], ['nprs', 'knee', 10]] as const;
    for (const [instrument, scale, max] of cases) {
      fc.assert(fc.property(fc.integer({ min: 0, max }), fc.integer({ min: 0, max }), (from, to) => {
        const answers = (v: number) => (instrument === 'nprs' ? { knee: v } : { ticked: Array.from({ length: v }, (_, i) => i + 1) });
        const p = progress([{ instrument, date: day(0), answers: answers(from) }, { instrument, date: day(7), answers: answers(to) }], day(60), undefined);
        const s = seriesOf(p, instrument, scale)!;
        const band = bandAround(instrument, scale, from);
        expect(s.band).toEqual(band);
        expect(band.low).toBeLessThanOrEqual(from);
        expect(band.high).toBeGreaterThanOrEqual(from);
        // The band is clamped to the scale on one side at most: the other side gives its half-width.
        const half = Math.max(from - band.low, band.high - from);
        expect(s.change?.meaningful).toBe(to !== from && Math.abs(to - from) >= half - 1e-9);
        if (band.low < to && to < band.high) expect(s.change?.meaningful).toBe(false);
        const said = s.sentence ?? '';
        if (s.change?.meaningful) expect(said).toMatch(s.change.direction === 'better' ? /improved by/ : /got worse by/);
        else expect(said).toMatch(/not a clear change yet|is the same/);
      }), { numRuns: 300 });
    }
  });
});

describe('alerts from the measures', () => {
  it('a score worse by at least its threshold since the first, or since the one before, raises one review alert naming each', () => {
    const overall = measureWorseAlert(progress([rm(0, 8), rm(7, 14), pain(0, { leg: 3 }), pain(7, { leg: 6 })]));
    expect(overall).toMatchObject({ kind: 'measure_worse', severity: 'review', triageLevel: 'consultation', date: day(7) });
    expect(overall?.because).toEqual(['roland-morris.total', 'nprs.leg']);
    expect(overall?.message).toContain('Your back function score (Roland-Morris) went from 8 to 14 since 1 March 2026');
    expect(overall?.message).toContain('your leg pain went from 3 to 6');
    // Better than the first, but a sudden drop since the one before.
    expect(measureWorseAlert(progress([rm(0, 14), rm(7, 8), rm(14, 13)]))?.message).toContain('from 8 to 13 since 8 March 2026');
    // Worse, but by less than the change people notice: no alert.
    expect(measureWorseAlert(progress([rm(0, 14), rm(7, 16)]))).toBeUndefined();
  });

  it('6 weeks from the first score with no score better by the change that matters: see a clinician; not before, and not when one improved', () => {
    const flat = noImprovementAlert(progress([rm(0, 12), pain(0, { back: 6 }), rm(42, 11), pain(42, { back: 5 })]));
    expect(flat).toMatchObject({ kind: 'no_meaningful_improvement', severity: 'review', triageLevel: 'consultation', date: day(42) });
    expect(flat?.whatToDo).toMatch(/GP or physiotherapist/);
    expect(flat?.sources).toEqual(expect.arrayContaining(['article', 'nice_ng59']));
    expect(noImprovementAlert(progress([rm(0, 12), rm(41, 11)]))).toBeUndefined();
    expect(noImprovementAlert(progress([rm(0, 12), pain(0, { back: 6 }), rm(42, 11), pain(42, { back: 3 })]))).toBeUndefined();
  });

  it('the recovery summary carries the measures, and their alerts among the others', () => {
    const s = summarizeRecovery({ onsetDate: ONSET, today: day(43), checkIns: [], measureResults: [rm(0, 12), rm(42, 13)] });
    expect(s.measures.instruments.map((i) => i.instrument)).toEqual(['start-back', 'roland-morris', 'psfs', 'nprs']);
    expect(s.alerts.map((a) => a.kind)).toContain('no_meaningful_improvement');
    expect(recoveryAlerts({ todayDay: 43, checkIns: [], trends: [] }).map((a) => a.kind)).toEqual([]);
  });
});
