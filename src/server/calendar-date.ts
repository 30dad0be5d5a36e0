/**
 * The schemas' date pattern lets 2024-02-31 through (a pattern cannot know month lengths); a
 * date that is not on the calendar is refused here with the field named.
 */
import { HttpError } from './http-error.js';

export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function assertCalendarDate(value: string, field: string): void {
  if (!isCalendarDate(value)) throw new HttpError('invalid', `${field} must be a date on the calendar, YYYY-MM-DD.`, field);
}

/** The server clock's date in UTC, YYYY-MM-DD. */
export function utcDate(now: Date): string {
  return now.toISOString().slice(0, 10);
}
