/**
 * PSFS: "Total score = sum of the activity scores/number of activities" (the Stratford 1995 form,
 * https://www.precisionphysio.com.au/the-patient-specific-functional-scale/). The form gives the
 * rule, not a filled-in example; these apply it.
 */
import { describe, expect, it } from 'vitest';
import { MeasureAnswerError } from './answer-error.js';
import { parsePsfsAnswers, scorePsfs } from './psfs.js';

const average = (ratings: number[]) =>
  scorePsfs(parsePsfsAnswers({ activities: ratings.map((rating, i) => ({ name: `activity ${i + 1}`, rating })) })).scores[0]?.value;

function refusal(input: unknown): { field: string; message: string } {
  try {
    parsePsfsAnswers(input);
  } catch (error) {
    expect(error).toBeInstanceOf(MeasureAnswerError);
    return { field: (error as MeasureAnswerError).field, message: (error as MeasureAnswerError).errors[0]?.message ?? '' };
  }
  throw new Error('the answers were accepted');
}

describe('PSFS scoring', () => {
  it('is the sum of the ratings over the number of activities, to two decimals', () => {
    expect(average([3, 5, 7])).toBe(5);
    expect(average([4, 5, 5])).toBe(4.67);
    expect(average([0, 0, 0, 0, 1])).toBe(0.2);
    expect(average([10])).toBe(10);
  });

  it('counts the activities rated as the items answered', () => {
    expect(scorePsfs(parsePsfsAnswers({ activities: [{ name: 'Climbing stairs', rating: 4 }, { name: 'Gardening', rating: 6 }] })).itemsAnswered).toBe(2);
  });

  it('refuses an activity without a rating (missing-item rule), naming it', () => {
    expect(refusal({ activities: [{ name: 'Stairs', rating: 4 }, { name: 'Running' }] })).toEqual({
      field: 'activities[1].rating', message: 'is not rated: every activity needs a rating from 0 to 10 to be scored',
    });
  });

  it('refuses ratings outside 0-10, nameless activities, none or more than five', () => {
    expect(refusal({ activities: [{ name: 'Stairs', rating: 11 }] }).field).toBe('activities[0].rating');
    expect(refusal({ activities: [{ name: 'Stairs', rating: 4.5 }] }).field).toBe('activities[0].rating');
    expect(refusal({ activities: [{ name: '  ', rating: 4 }] }).field).toBe('activities[0].name');
    expect(refusal({ activities: [{ name: 'x'.repeat(201), rating: 4 }] }).field).toBe('activities[0].name');
    expect(refusal({ activities: [] }).field).toBe('activities');
    expect(refusal({ activities: Array.from({ length: 6 }, () => ({ name: 'a', rating: 1 })) }).message).toContain('at most 5');
    expect(refusal({ activities: [{ name: 'a', rating: 1, note: 'x' }] }).field).toBe('note');
  });
});

describe('PSFS instructions', () => {
  it('fill the form\'s blank with the person\'s problem, and nothing else changes', async () => {
    const { psfsInstructions } = await import('./psfs.js');
    const { PSFS } = await import('../knowledge/measures/index.js');
    const text = psfsInstructions('knee');
    expect(text).toBe(
      'I am going to ask you to identify up to three important activities that you are unable to do or are having difficulty with as a result of your '
      + 'knee problem. Today, are there any activities that you are unable to do or having difficulty with because of your knee problem?',
    );
    expect(text.replaceAll('knee', PSFS.problemBlank)).toBe(PSFS.instructions);
    expect(() => psfsInstructions('  ')).toThrow(MeasureAnswerError);
  });
});
