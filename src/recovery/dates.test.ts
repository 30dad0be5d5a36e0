import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, dateInWords, dayNumber, daysBetween } from './dates.js';

describe('dates', () => {
  it('counts days since 1970-01-01 like the calendar does', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2000-03-01')).toBe(Date.UTC(2000, 2, 1) / 86_400_000);
    expect(dayNumber('2024-12-31')).toBe(Date.UTC(2024, 11, 31) / 86_400_000);
    expect(dayNumber('1969-12-31')).toBe(-1);
  });

  it('crosses leap days and year ends', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
    expect(daysBetween('2100-02-28', '2100-03-01')).toBe(1);
    expect(daysBetween('2023-12-31', '2024-01-01')).toBe(1);
    expect(daysBetween('2024-03-01', '2024-02-28')).toBe(-2);
  });

  it('rolls a day past the month end over instead of failing (the schema pattern lets 02-30 through)', () => {
    expect(dayNumber('2023-02-30')).toBe(dayNumber('2023-03-02'));
  });

  it('refuses what is not YYYY-MM-DD', () => {
    for (const bad of ['', '2024-1-01', '2024/01/01', '24-01-01', '2024-01-01T00:00:00Z']) expect(() => dayNumber(bad)).toThrow(RangeError);
  });

  it('says a date in words', () => {
    expect(dateInWords('2026-05-03')).toBe('3 May 2026');
    expect(dateInWords('2024-12-31')).toBe('31 December 2024');
    expect(dateInWords('not a date')).toBe('not a date');
  });

  it('adds days across month, leap-day and year ends, back to the same form', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2025-12-31', 7)).toBe('2026-01-07');
    expect(addDays('2026-01-07', -7)).toBe('2025-12-31');
    fc.assert(fc.property(fc.integer({ min: -200_000, max: 200_000 }), fc.integer({ min: -1000, max: 1000 }), (day, n) => {
      const date = new Date(day * 86_400_000).toISOString().slice(0, 10);
      expect(addDays(date, n)).toBe(new Date((day + n) * 86_400_000).toISOString().slice(0, 10));
      expect(daysBetween(date, addDays(date, n))).toBe(n);
    }));
  });
});
