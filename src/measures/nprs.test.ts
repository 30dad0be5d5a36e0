import { describe, expect, it } from 'vitest';
import { MeasureAnswerError } from './answer-error.js';
import { parseNprsAnswers, scoreNprs } from './nprs.js';

function refusal(input: unknown): { field: string; message: string } {
  try {
    parseNprsAnswers(input);
  } catch (error) {
    expect(error).toBeInstanceOf(MeasureAnswerError);
    return { field: (error as MeasureAnswerError).field, message: (error as MeasureAnswerError).errors[0]?.message ?? '' };
  }
  throw new Error('the answers were accepted');
}

describe('NPRS', () => {
  it('scores each site rated as its own 0-10 score, never adding sites', () => {
    const r = scoreNprs(parseNprsAnswers({ knee: 6, back: 0 }));
    expect(r.scores.map((s) => [s.scale, s.value])).toEqual([['knee', 6], ['back', 0]]);
    expect(r.scores.every((s) => s.min === 0 && s.max === 10 && !s.higherIsBetter)).toBe(true);
    expect(r).toMatchObject({ primaryScale: 'knee', itemsAnswered: 2 });
  });

  it('follows the first site rated when the knee was not', () => {
    expect(scoreNprs(parseNprsAnswers({ leg: 7 })).primaryScale).toBe('leg');
  });

  it('takes a check-in\'s pain object as it is', () => {
    expect(scoreNprs(parseNprsAnswers({ knee: 3, leg: 5, back: 1 })).scores).toHaveLength(3);
  });

  it('refuses no site at all (missing-item rule), ratings outside 0-10 and unknown sites, naming them', () => {
    expect(refusal({})).toEqual({ field: 'answers', message: 'must rate the pain at one site at least (knee, leg or back)' });
    expect(refusal({ knee: 11 })).toEqual({ field: 'knee', message: 'must be a whole number from 0 (no pain) to 10 (the worst pain imaginable)' });
    expect(refusal({ back: -1 }).field).toBe('back');
    expect(refusal({ leg: '5' }).field).toBe('leg');
    expect(refusal({ elbow: 3 }).field).toBe('elbow');
  });
});
