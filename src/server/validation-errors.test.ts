import { describe, expect, it } from 'vitest';
import { IsoDateSchema } from '../schemas/checkin.js';
import { explainValidation } from './validation-errors.js';

describe('explainValidation', () => {
  it('names nested fields by dotted path and says what they must be', () => {
    expect(explainValidation([{ keyword: 'maximum', instancePath: '/pain/knee', params: { comparison: '<=', limit: 10 } }], 'body'))
      .toEqual({ field: 'pain.knee', message: 'pain.knee must be at most 10.' });
    expect(explainValidation([{ keyword: 'type', instancePath: '/age', params: { type: 'integer' } }], 'body'))
      .toEqual({ field: 'age', message: 'age must be a whole number.' });
    expect(explainValidation([{ keyword: 'minLength', instancePath: '/password', params: { limit: 10 } }], 'body'))
      .toEqual({ field: 'password', message: 'password must be at least 10 characters long.' });
  });

  it('names the missing or unknown field itself, not its parent', () => {
    expect(explainValidation([{ keyword: 'required', instancePath: '/pain', params: { missingProperty: 'leg' } }], 'body'))
      .toEqual({ field: 'pain.leg', message: 'pain.leg is required.' });
    expect(explainValidation([{ keyword: 'additionalProperties', instancePath: '', params: { additionalProperty: 'isAdmin' } }], 'body'))
      .toEqual({ field: 'isAdmin', message: 'isAdmin is not a known field.' });
  });

  it('lists the allowed values of a union of literals', () => {
    const errors = [
      { keyword: 'const', instancePath: '/sex', params: { allowedValue: 'female' } },
      { keyword: 'const', instancePath: '/sex', params: { allowedValue: 'male' } },
      { keyword: 'anyOf', instancePath: '/sex', params: {} },
    ];
    expect(explainValidation(errors, 'body')).toEqual({ field: 'sex', message: 'sex must be one of "female", "male".' });
  });

  it('explains dates, formats and array positions', () => {
    expect(explainValidation([{ keyword: 'pattern', instancePath: '/date', params: { pattern: IsoDateSchema.pattern } }], 'body').message)
      .toBe('date must be a calendar date, YYYY-MM-DD.');
    expect(explainValidation([{ keyword: 'format', instancePath: '/email', params: { format: 'email' } }], 'body').message)
      .toBe('email must be an email address.');
    expect(explainValidation([{ keyword: 'type', instancePath: '/skipped/3', params: { type: 'string' } }], 'body').field).toBe('skipped.3');
  });

  it('names the body or the query string when the whole of it is wrong, and never echoes a value', () => {
    expect(explainValidation([{ keyword: 'type', instancePath: '', params: { type: 'object' } }], 'body'))
      .toEqual({ field: 'body', message: 'The body must be an object.' });
    const problem = explainValidation([{ keyword: 'pattern', instancePath: '/today', params: { pattern: '^x$' }, message: 'must match "^x$" SECRET' }], 'querystring');
    expect(problem).toEqual({ field: 'today', message: 'today has the wrong form.' });
  });
});
