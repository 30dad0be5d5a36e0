/**
 * The change that matters. Worked example: "If, for example, at the beginning of treatment, a
 * patient's score was 12 and, at the conclusion of treatment, her score was 2 (10 points of
 * improvement), we would calculate an 83% (10/12 x 100) improvement" (Roland-Morris scoring
 * guidance, https://yhocphuchoi.com/rehab-scales/trunk-scores/roland-morris-eng). Thresholds:
 * NPRS 2 points or 30% (Farrar 2001; Ostelo 2008), Roland-Morris 5 points or 30% (Ostelo 2008),
 * PSFS 2 points on the average (Stratford 1995, minimal detectable change).
 */
import { describe, expect, it } from 'vitest';
import { MeasureAnswerError } from './answer-error.js';
import { measureChange } from './change.js';

describe('measureChange', () => {
  it('reproduces the Roland-Morris worked example: 12 to 2 is 10 points and 83% better, past the 5 points that matter', () => {
    const c = measureChange('roland-morris', 'total', 12, 2);
    expect(c).toEqual({
      instrument: 'roland-morris', scale: 'total', from: 12, to: 2, change: -10, percentOfFirst: 83.33, direction: 'better', meaningful: true,
      threshold: { kind: 'mcid', points: 5, percent: 30 },
    });
    expect(Math.round(c.percentOfFirst ?? 0)).toBe(83);
  });

  it('counts a Roland-Morris change by points or by 30% of the first score', () => {
    expect(measureChange('roland-morris', 'total', 20, 16).meaningful).toBe(false); // 4 points, 20%
    expect(measureChange('roland-morris', 'total', 10, 7).meaningful).toBe(true); // 3 points, 30%
    expect(measureChange('roland-morris', 'total', 4, 9)).toMatchObject({ direction: 'worse', meaningful: true });
  });

  it('treats pain by Farrar and Ostelo: 2 points, or 30%, lower is better', () => {
    expect(measureChange('nprs', 'knee', 8, 6)).toMatchObject({ change: -2, direction: 'better', meaningful: true });
    expect(measureChange('nprs', 'knee', 8, 7)).toMatchObject({ change: -1, percentOfFirst: 12.5, meaningful: false });
    expect(measureChange('nprs', 'back', 3, 2)).toMatchObject({ percentOfFirst: 33.33, meaningful: true });
    expect(measureChange('nprs', 'leg', 0, 1)).toMatchObject({ percentOfFirst: null, direction: 'worse', meaningful: false });
    expect(measureChange('nprs', 'leg', 0, 2)).toMatchObject({ direction: 'worse', meaningful: true });
    expect(measureChange('nprs', 'leg', 5, 5)).toMatchObject({ direction: 'same', meaningful: false });
  });

  it('reads PSFS the other way round (higher is better) with its 2-point detectable change and no percent rule', () => {
    expect(measureChange('psfs', 'average', 3, 5.33)).toMatchObject({ change: 2.33, direction: 'better', meaningful: true, threshold: { kind: 'mdc', points: 2 } });
    expect(measureChange('psfs', 'average', 2, 3)).toMatchObject({ percentOfFirst: 50, meaningful: false });
  });

  it('refuses a screening tool, an unknown scale and scores off the scale', () => {
    const refuse = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        expect(error).toBeInstanceOf(MeasureAnswerError);
        return (error as MeasureAnswerError).field;
      }
      throw new Error('accepted');
    };
    expect(refuse(() => measureChange('start-back', 'total', 5, 2))).toBe('instrument');
    expect(refuse(() => measureChange('nprs', 'elbow', 5, 2))).toBe('scale');
    expect(refuse(() => measureChange('nprs', 'knee', 5, 11))).toBe('to');
    expect(refuse(() => measureChange('roland-morris', 'total', Number.NaN, 2))).toBe('from');
  });
});
