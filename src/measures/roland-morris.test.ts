/**
 * Roland-Morris: "The score of the RDQ is the total number of items checked – i.e. from a minimum
 * of 0 to a maximum of 24" (the authors' note to users on their English form).
 */
import { describe, expect, it } from 'vitest';
import { MeasureAnswerError } from './answer-error.js';
import { parseRolandMorrisAnswers, scoreRolandMorris } from './roland-morris.js';

const total = (ticked: number[]) => scoreRolandMorris(parseRolandMorrisAnswers({ ticked })).scores[0]?.value;

function refusal(input: unknown): { field: string; message: string } {
  try {
    parseRolandMorrisAnswers(input);
  } catch (error) {
    expect(error).toBeInstanceOf(MeasureAnswerError);
    return { field: (error as MeasureAnswerError).field, message: (error as MeasureAnswerError).errors[0]?.message ?? '' };
  }
  throw new Error('the answers were accepted');
}

describe('Roland-Morris scoring', () => {
  it('is the number of statements ticked: 0 with none, 24 with all', () => {
    expect(total([])).toBe(0);
    expect(total(Array.from({ length: 24 }, (_, i) => i + 1))).toBe(24);
    expect(total([1, 13, 24])).toBe(3);
  });

  it('counts a statement left unticked as "does not describe me": a set is never incomplete', () => {
    const r = scoreRolandMorris(parseRolandMorrisAnswers({ ticked: [3] }));
    expect(r.itemsAnswered).toBe(24);
    expect(r.scores).toEqual([{ scale: 'total', title: 'Roland-Morris score (statements ticked)', value: 1, min: 0, max: 24, higherIsBetter: false }]);
  });

  it('refuses numbers that are not statements, repeats, and anything but a list, naming the entry', () => {
    expect(refusal({ ticked: [1, 25] })).toEqual({ field: 'ticked[1]', message: 'must be a statement number from 1 to 24' });
    expect(refusal({ ticked: [0] }).field).toBe('ticked[0]');
    expect(refusal({ ticked: [2.5] }).field).toBe('ticked[0]');
    expect(refusal({ ticked: [4, 4] })).toEqual({ field: 'ticked[1]', message: 'repeats statement 4: tick each statement once' });
    expect(refusal({ ticked: '1,2' }).field).toBe('ticked');
    expect(refusal({}).field).toBe('ticked');
    expect(refusal({ ticked: [], extra: true }).field).toBe('extra');
  });
});
