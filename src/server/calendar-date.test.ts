import { describe, expect, it } from 'vitest';
import { assertCalendarDate, isCalendarDate, utcDate } from './calendar-date.js';

describe('calendar dates', () => {
  it('accepts days on the calendar and refuses the rest', () => {
    for (const d of ['2024-02-29', '2025-12-31', '2000-02-29', '1999-01-01']) expect(isCalendarDate(d), d).toBe(true);
    for (const d of ['2025-02-29', '2100-02-29', '2025-04-31', '2025-00-10', '2025-13-01', '2025-1-1', '']) expect(isCalendarDate(d), d).toBe(false);
  });

  it('names the field when it refuses', () => {
    expect(() => assertCalendarDate('2025-02-30', 'onsetDate')).toThrow(expect.objectContaining({ code: 'invalid', field: 'onsetDate', statusCode: 400 }));
  });

  it('gives the UTC date of an instant', () => {
    expect(utcDate(new Date('2025-03-01T23:30:00-05:00'))).toBe('2025-03-02');
  });
});
