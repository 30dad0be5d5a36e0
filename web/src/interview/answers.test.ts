import { describe, expect, it } from 'vitest';
import type { Question } from '../api/types.js';
import { describeAnswer, numberError, requestFrom, withAnswer, type AnsweredQuestion } from './answers.js';

const age: Question = { id: 'age', kind: 'number', text: 'How old are you?', help: '', group: 'About you', redFlag: false, target: { kind: 'field', field: 'age' }, min: 0, max: 120, unit: 'years' };
const course: Question = {
  id: 'course', kind: 'choice', text: 'Better or worse?', help: '', group: 'Your pain', redFlag: false, target: { kind: 'field', field: 'course' },
  options: [{ value: 'improving', label: 'Getting better' }, { value: 'worsening', label: 'Getting worse' }],
};
const where: Question = {
  id: 'where', kind: 'body_map', text: 'Where?', help: '', group: 'Your pain', redFlag: false, target: { kind: 'body_map' },
  options: [{ value: 'back', label: 'Lower back', evidence: 'low_back_pain' }, { value: 'knee', label: 'Knee', evidence: 'knee_pain' }],
};
const saddle: Question = { id: 'saddle_numbness', kind: 'yes_no', text: 'Saddle numbness?', help: '', group: 'Nerves', redFlag: true, target: { kind: 'evidence', id: 'saddle_numbness' } };
const fever: Question = { id: 'fever', kind: 'yes_no', text: 'Fever?', help: '', group: 'Health', redFlag: true, target: { kind: 'evidence', id: 'fever' } };
const kneePain: Question = { id: 'pain.knee', kind: 'scale', text: 'How bad?', help: '', group: 'Your pain', redFlag: false, target: { kind: 'pain', site: 'knee' }, min: 0, max: 10 };

describe('requestFrom', () => {
  it('writes each answer where its target says', () => {
    const history: AnsweredQuestion[] = [
      { question: age, value: 44 },
      { question: where, value: ['knee'] },
      { question: saddle, value: false },
      { question: course, value: 'worsening' },
      { question: kneePain, value: 6 },
    ];
    expect(requestFrom(history)).toEqual({
      case: { age: 44, course: 'worsening', evidence: { low_back_pain: false, knee_pain: true, saddle_numbness: false }, pain: { knee: 6 } },
      skipped: [],
    });
  });

  it("puts \"I don't know\" in skipped and nothing in the case", () => {
    const request = requestFrom([{ question: age, value: 30 }, { question: fever, value: null }]);
    expect(request.case).toEqual({ age: 30 });
    expect(request.skipped).toEqual(['fever']);
  });

  it('rebuilds from the answers, so a changed answer leaves nothing stale', () => {
    const first = withAnswer([{ question: age, value: 30 }, { question: fever, value: null }], fever, true);
    expect(first).toHaveLength(2);
    expect(requestFrom(first)).toEqual({ case: { age: 30, evidence: { fever: true } }, skipped: [] });
    const areas = withAnswer(withAnswer([], where, ['back', 'knee']), where, ['back']);
    expect(requestFrom(areas).case.evidence).toEqual({ low_back_pain: true, knee_pain: false });
  });

  it('refuses an answer of the wrong type for its target', () => {
    expect(() => requestFrom([{ question: saddle, value: 3 }])).toThrow(/saddle_numbness/);
  });
});

describe('describeAnswer', () => {
  it('says each kind of answer in words', () => {
    expect(describeAnswer(saddle, true)).toBe('Yes');
    expect(describeAnswer(saddle, null)).toBe("I don't know");
    expect(describeAnswer(age, 44)).toBe('44 years');
    expect(describeAnswer(course, 'worsening')).toBe('Getting worse');
    expect(describeAnswer(where, ['back', 'knee'])).toBe('Lower back, Knee');
    expect(describeAnswer(kneePain, 6)).toBe('6 out of 10');
    expect(describeAnswer(kneePain, null)).toBe('Skipped');
  });
});

describe('numberError', () => {
  it('accepts whole numbers in range and names the range otherwise', () => {
    expect(numberError(age, '44')).toBeNull();
    expect(numberError(age, '0')).toBeNull();
    expect(numberError(age, '')).toMatch(/from 0 to 120/);
    expect(numberError(age, '121')).toMatch(/too large/);
    expect(numberError(age, '-1')).toMatch(/too small/);
    expect(numberError(age, '4.5')).toMatch(/whole number/);
    expect(numberError(age, 'forty')).toMatch(/whole number/);
  });
});
