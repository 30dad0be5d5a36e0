import { describe, expect, it } from 'vitest';
import { nextQuestions } from '../engine/interview.js';
import { INTERVIEW_PLAN } from '../knowledge/interview-plan.js';
import type { Question } from '../schemas/interview.js';
import { applyAnswer, parseAnswer } from './interview-answers.js';

/** The engine's own question: every other one of the plan is skipped, in a case where all apply. */
function question(id: string): Question {
  const others = INTERVIEW_PLAN.map((s) => s.id).filter((x) => x !== id);
  // The body map is asked only before any area is answered; the rest need pain somewhere.
  const c = id === 'where' ? {} : { evidence: { knee_pain: true, low_back_pain: true, leg_pain_below_knee: true } };
  const q = nextQuestions(c, { skipped: others }).questions[0];
  if (q?.id !== id) throw new Error(`no question ${id}`);
  return q;
}

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

  it('takes several body-map areas, or none', () => {
    const where = question('where');
    expect(parseAnswer(where, '1, 4 4')).toMatchObject({ kind: 'value', value: ['back', 'knee'] });
    expect(parseAnswer(where, 'knee calf')).toMatchObject({ kind: 'value', value: ['knee', 'calf'] });
    expect(parseAnswer(where, '0')).toMatchObject({ kind: 'value', value: [] });
    expect(parseAnswer(where, '1 9')).toMatchObject({ kind: 'retry' });
  });
});

describe('applyAnswer', () => {
  it('writes each answer where the question\'s target says', () => {
    let c = applyAnswer({}, question('age'), 50);
    c = applyAnswer(c, question('where'), ['back', 'knee']);
    c = applyAnswer(c, question('saddle_numbness'), false);
    c = applyAnswer(c, question('pain.knee'), 6);
    c = applyAnswer(c, question('course'), 'worsening');
    expect(c).toEqual({
      age: 50,
      course: 'worsening',
      pain: { knee: 6 },
      evidence: { low_back_pain: true, knee_pain: true, buttock_pain: false, thigh_pain: false, calf_pain: false, foot_pain: false, saddle_numbness: false },
    });
  });
});
