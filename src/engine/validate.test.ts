import { describe, expect, it } from 'vitest';
import { validateCase, validatePartialCase } from './validate.js';

const fieldsOf = (input: unknown) => {
  const r = validateCase(input);
  return r.ok ? [] : r.errors.map((e) => `${e.field}: ${e.message}`);
};

describe('validateCase', () => {
  it('accepts the contract example and drops unknown top-level fields', () => {
    const r = validateCase({ id: 'x', age: 45, sex: 'female', durationDays: 10, course: 'stable', pain: { knee: 3, leg: 7, back: 5 }, evidence: { leg_pain_below_knee: true, saddle_numbness: false }, expected: {} });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).not.toHaveProperty('expected');
  });

  it('names the field and says what it must be', () => {
    expect(fieldsOf({ age: 130 })).toEqual(['age: must be a whole number of years from 0 to 120']);
    expect(fieldsOf({})).toEqual(['age: is required (a whole number of years from 0 to 120)']);
    expect(fieldsOf({ age: 40, pain: { knee: 11 } })).toEqual(['pain.knee: must be a number from 0 to 10']);
    expect(fieldsOf({ age: 40, pain: { elbow: 3 } })).toEqual(['pain.elbow: is not a pain site: use knee, leg or back']);
    expect(fieldsOf({ age: 40, evidence: { sore: true } })).toEqual(['evidence.sore: is not a known evidence id (see evidence.json)']);
    expect(fieldsOf({ age: 40, evidence: { knee_pain: 'yes' } })).toEqual(['evidence.knee_pain: must be true or false (leave it out when not asked)']);
    expect(fieldsOf({ age: 40, course: 'better' })).toEqual(['course: must be one of improving, stable, worsening']);
    expect(fieldsOf({ age: 40, sex: 'f' })).toEqual(['sex: must be one of female, male, other']);
    expect(fieldsOf({ age: 40, durationDays: -1 })).toEqual(['durationDays: must be a number of days from 0 to 36500']);
    expect(fieldsOf([])).toEqual(['case: must be a JSON object']);
  });

  it('refuses the Amendment 1 items given anything but true or false, naming them', () => {
    for (const id of ['leg_symptoms_new', 'thoracic_back_pain', 'compartment_signs', 'postpartum']) {
      expect(fieldsOf({ age: 40, evidence: { [id]: 'yes' } })).toEqual([`evidence.${id}: must be true or false (leave it out when not asked)`]);
      expect(fieldsOf({ age: 40, evidence: { [id]: 1 } })).toEqual([`evidence.${id}: must be true or false (leave it out when not asked)`]);
      expect(fieldsOf({ age: 40, evidence: { [id]: true } })).toEqual([]);
    }
  });

  it('reports every bad field, not just the first', () => {
    expect(fieldsOf({ age: -1, course: 'x', evidence: { a: true } })).toHaveLength(3);
  });

  it('lets the interview send a case without age', () => {
    expect(validatePartialCase({ evidence: { knee_pain: true } }).ok).toBe(true);
    expect(validatePartialCase({ age: 300 }).ok).toBe(false);
  });
});
