/**
 * Exercise done per week of a recovery, for the adherence chart: guided sessions, days with any
 * exercise ticked, and check-ins. Week 1 is days 0-6 after onset. Pure.
 */
import type { WeekAdherence } from '../schemas/recovery.js';
import type { DatedCheckIn } from './check-ins.js';

/** Sessions a day counts: its guided sessions, or one when exercises were ticked without one. */
export function sessionsOf(c: DatedCheckIn): number {
  const guided = c.data.sessions?.length ?? 0;
  return guided > 0 ? guided : c.data.exercisesDone.length > 0 ? 1 : 0;
}

/** One entry per week from the first check-in's week to the last's, empty weeks included. */
export function weeklyAdherence(checkIns: readonly DatedCheckIn[]): WeekAdherence[] {
  const counted = checkIns.filter((c) => c.day >= 0);
  if (counted.length === 0) return [];
  const weekOf = (day: number) => Math.floor(day / 7) + 1;
  const first = weekOf(counted[0]!.day);
  const last = weekOf(counted[counted.length - 1]!.day);
  const weeks: WeekAdherence[] = [];
  for (let w = first; w <= last; w++) weeks.push({ week: w, firstDay: (w - 1) * 7, lastDay: w * 7 - 1, sessions: 0, guidedSessions: 0, exerciseDays: 0, checkIns: 0 });
  for (const c of counted) {
    const week = weeks[weekOf(c.day) - first]!;
    week.checkIns += 1;
    week.sessions += sessionsOf(c);
    week.guidedSessions += c.data.sessions?.length ?? 0;
    if (sessionsOf(c) > 0) week.exerciseDays += 1;
  }
  return weeks;
}
