import { describe, expect, it } from 'vitest';
import { questionFor } from '../engine/interview.js';
import type { QuestionId } from '../knowledge/interview-plan.js';
import { applyAnswer, parseAnswer } from './interview-answers.js';

const question = (id: QuestionId) => questionFor(id);

describe('parseAnswer', () => {
  it('reads yes, no and don\'t know for evidence, and re-asks anything else', () => {
    const q = question('saddle_numbness');
    expect(parseAnswer(q, ' Yes ')).toMatchObject({ kind: 'value', value: true });
    expect(parseAnswer(q, 'n')).toMatchObject({ kind: 'value', value: false });
    expect(parseAnswer(q, "Don't know")).toEqual({ kind: 'skip' });
    expect(parseAnswer(q, '3')).toEqual({ kind: 'skip' });
    expect(parseAnswer(q, 'maybe')).toMatchObject({ kind: 'retry' });
  });

  it('checks numbers against the range, wants a whole age, and never skips the age', () => {
    const age = question('age');
    expect(parseAnswer(age, '45')).toMatchObject({ kind: 'value', value: 45 });
    expect(parseAnswer(age, '121')).toMatchObject({ kind: 'retry', message: expect.stringContaining('0 to 120') });
    expect(parseAnswer(age, '45.5')).toMatchObject({ kind: 'retry' });
    expect(parseAnswer(age, 'forty')).toMatchObject({ kind: 'retry' });
    expect(parseAnswer(age, '?')).toMatchObject({ kind: 'retry' });
    const pain = question('pain.knee');
    expect(parseAnswer(pain, '7.5')).toMatchObject({ kind: 'value', value: 7.5 });
    expect(parseAnswer(pain, '11')).toMatchObject({ kind: 'retry' });
    expect(parseAnswer(pain, '?')).toEqual({ kind: 'skip' });
  });

  it('takes a choice by number, value or label', () => {
    const sex = question('sex');
    expect(parseAnswer(sex, '1')).toMatchObject({ kind: 'value', value: 'female' });
    expect(parseAnswer(sex, 'Male')).toMatchObject({ kind: 'value', value: 'male' });
    expect(parseAnswer(sex, '4')).toMatchObject({ kind: 'retry' });
  });

  it('takes several body-map areas, or none, with a side after a leg area', () => {
    const where = question('where');
    expect(parseAnswer(where, '2, 6 6')).toMatchObject({ kind: 'value', value: ['back', 'knee'] });
    expect(parseAnswer(where, 'knee calf')).toMatchObject({ kind: 'value', value: ['knee', 'calf'] });
    expect(parseAnswer(where, '6 left 7 right')).toMatchObject({ kind: 'value', value: ['knee:left', 'calf:right'], words: 'Knee (left), Calf or shin (right)' });
    expect(parseAnswer(where, 'knee both')).toMatchObject({ kind: 'value', value: ['knee:left', 'knee:right'] });
    expect(parseAnswer(where, 'back left')).toMatchObject({ kind: 'retry', message: expect.stringContaining('no sides') });
    expect(parseAnswer(where, '0')).toMatchObject({ kind: 'value', value: [] });
    expect(parseAnswer(where, '1 19')).toMatchObject({ kind: 'retry' });
  });

  it('takes a duration in days, weeks, months or years, kept in days', () => {
    const since = question('durationDays');
    expect(parseAnswer(since, '3 weeks')).toMatchObject({ kind: 'value', value: 21, words: '3 weeks' });
    expect(parseAnswer(since, '10')).toMatchObject({ kind: 'value', value: 10 });
    expect(parseAnswer(since, '2 months')).toMatchObject({ kind: 'value', value: 60 });
    expect(parseAnswer(since, '1 year')).toMatchObject({ kind: 'value', value: 365 });
    expect(parseAnswer(since, '4 d')).toMatchObject({ kind: 'value', value: 4 });
    expect(parseAnswer(since, 'three weeks')).toMatchObject({ kind: 'retry' });
    expect(parseAnswer(since, '200 years')).toMatchObject({ kind: 'retry' });
    expect(parseAnswer(since, '?')).toEqual({ kind: 'skip' });
  });
});

describe('applyAnswer', () => {
  it('writes each answer where the question\'s target says', () => {
    let c = applyAnswer({}, question('age'), 50);
    c = applyAnswer(c, question('where'), ['back', 'knee:left', 'calf:left', 'calf:right', 'numb']);
    c = applyAnswer(c, question('saddle_numbness'), false);
    c = applyAnswer(c, question('pain.knee'), 6);
    c = applyAnswer(c, question('course'), 'worsening');
    c = applyAnswer(c, question('durationDays'), 21);
    expect(c).toEqual({
      age: 50,
      course: 'worsening',
      durationDays: 21,
      pain: { knee: 6 },
      side: { knee: 'left', leg: 'both' },
      evidence: {
        thoracic_back_pain: false, low_back_pain: true, buttock_pain: false, groin_pain: false, thigh_pain: false, knee_pain: true, calf_pain: true, foot_pain: false,
        // A tick on numbness is yes; no tick on weakness leaves it to be asked.
        numbness_tingling: true, saddle_numbness: false,
      },
    });
    expect(() => applyAnswer(c, question('age'), 'fifty')).toThrow(/age: expected a number/);
  });
});
