import { describe, expect, it } from 'vitest';
import { addDays, readableDate, relativeDate, shortDate } from './dates.js';

describe('dates in words', () => {
  it('says today, yesterday, a day this year and a day in another year', () => {
    expect(relativeDate('2026-05-03', '2026-05-03')).toBe('today');
    expect(relativeDate('2026-05-02', '2026-05-03')).toBe('yesterday');
    expect(relativeDate('2026-04-28', '2026-05-03')).toBe('on 28 April');
    expect(relativeDate('2025-12-30', '2026-01-02')).toBe('on 30 December 2025');
  });

  it('says a date in full and short, and counts days across a month end', () => {
    expect(readableDate('2026-05-03')).toBe('3 May 2026');
    expect(shortDate('2026-05-03')).toBe('3 May');
    expect(addDays('2026-01-30', 3)).toBe('2026-02-02');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
