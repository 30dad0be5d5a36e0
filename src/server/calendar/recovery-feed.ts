/**
 * A recovery's reminders as an iCalendar feed (RFC 5545), built with ical-generator: a daily
 * check-in, the exercise sessions and a weekly look at the measures, each a repeating event at
 * the person's local time in their time zone (with its VTIMEZONE), with a reminder alarm.
 *
 * Nothing about the person's health is in it unless they chose so: the titles are neutral, the
 * calendar is called "Recovery reminders", and the exercise names appear only with
 * `showExercises`. No pain scores, phases or alerts, ever.
 */
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalAlarmType, ICalCalendarMethod, ICalEventRepeatingFreq, ICalWeekday } from 'ical-generator';
import type { CalendarFeedSettings, Weekday } from '../../schemas/calendar.js';

export interface FeedInput {
  recoveryId: string;
  settings: CalendarFeedSettings;
  /** The first day of reminders and the last (YYYY-MM-DD, both included). */
  from: string;
  until: string;
  /** The app's address, for the links in the events. */
  origin: string;
  /** The plan's exercise titles today, shown only with settings.showExercises. */
  exercises: readonly string[];
}

const WEEKDAY: Record<Weekday, ICalWeekday> = {
  monday: ICalWeekday.MO, tuesday: ICalWeekday.TU, wednesday: ICalWeekday.WE, thursday: ICalWeekday.TH,
  friday: ICalWeekday.FR, saturday: ICalWeekday.SA, sunday: ICalWeekday.SU,
};
const WEEKDAY_INDEX: Record<Weekday, number> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };

/** True for a time zone the platform knows (IANA names such as Europe/London). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return Boolean(getVtimezoneComponent(name));
  } catch {
    return false;
  }
}

/**
 * A Date whose local fields are the wall-clock time asked for: ical-generator writes a date of an
 * event with a TZID from the Date's local fields, so this is the time in the person's zone.
 */
function wallClock(date: string, time: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return new Date(y, m - 1, d, hh, mm, 0, 0);
}

const dayCount = (from: string, until: string) => Math.round((Date.parse(`${until}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 864e5) + 1;

function addDays(date: string, n: number): string {
  const t = new Date(`${date}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
}

export function recoveryFeed(input: FeedInput): string {
  const { settings, recoveryId, origin } = input;
  const calendar = ical({
    name: 'Recovery reminders',
    // Neutral on purpose: a calendar is often shared or seen on a lock screen.
    description: 'Reminders you set.',
    prodId: { company: 'ksnav', product: 'reminders', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    timezone: { name: settings.timeZone, generator: getVtimezoneComponent },
    ttl: 60 * 60 * 6,
  });
  const days = Math.max(1, dayCount(input.from, input.until));
  const event = (uid: string, time: string, minutes: number, summary: string, description: string, repeat: { daily: true } | { weekday: Weekday }) => {
    let first = input.from;
    if ('weekday' in repeat) {
      const dow = new Date(`${first}T00:00:00Z`).getUTCDay();
      first = addDays(first, (WEEKDAY_INDEX[repeat.weekday] - dow + 7) % 7);
    }
    const start = wallClock(first, time);
    const e = calendar.createEvent({
      id: `${uid}-${recoveryId}@ksnav`,
      start,
      end: new Date(start.getTime() + minutes * 60_000),
      timezone: settings.timeZone,
      summary,
      description,
      url: `${origin}/dashboard`,
      repeating: 'weekday' in repeat
        ? { freq: ICalEventRepeatingFreq.WEEKLY, byDay: [WEEKDAY[repeat.weekday]], count: Math.max(1, Math.ceil(days / 7)) }
        : { freq: ICalEventRepeatingFreq.DAILY, count: days },
    });
    e.createAlarm({ type: ICalAlarmType.display, trigger: 0, description: summary });
  };

  if (settings.checkInTime) {
    event('check-in', settings.checkInTime, 5, 'Daily check-in', `A one-minute check-in: ${origin}/dashboard`, { daily: true });
  }
  settings.sessionTimes.forEach((time, i) => {
    const names = settings.showExercises && input.exercises.length ? ` Today: ${input.exercises.join(', ')}.` : '';
    event(`session-${i + 1}`, time, 20, 'Exercise session', `Your guided session: ${origin}/session?recovery=${encodeURIComponent(recoveryId)}.${names}`, { daily: true });
  });
  if (settings.weeklyMeasures) {
    event('weekly', settings.weeklyMeasures.time, 10, 'Weekly look at your progress', `Your charts and scores: ${origin}/dashboard`, { weekday: settings.weeklyMeasures.day });
  }
  return calendar.toString();
}
