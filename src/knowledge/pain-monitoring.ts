/**
 * The pain-monitoring model that moves the exercise plan on or back (Silbernagel et al. 2007,
 * after Thomeé 1997): pain during exercise may reach 5 on a 0-10 scale; pain after exercise may
 * reach 5 too but should have settled by the next morning; and pain should not rise from week to
 * week. Exercising within these limits is safe; going past them means doing less.
 *
 * The plan also needs the time of the article's phases to have come, and enough check-ins and
 * exercise days to judge by. The rule that applies it lives in `recovery/progression.ts`.
 */
import type { SourceId } from './sources.js';

export const PAIN_MONITORING = {
  /** Pain during or just after exercise above this (0-10) is too much. */
  exercisePainLimit: 5,
  /** The next day's pain this many points above the pain before the session: it has not settled. */
  notSettledRise: 2,
  /** Pain this many points above a week before (the product's clinically important change). */
  weeklyRise: 2,
  /** The check-in a week before is the last one at least this many days older. */
  weekDays: 7,
  /** To move on: over the last `windowDays` days at least `minCheckIns` check-ins and `minExerciseDays` days with exercise. */
  windowDays: 7,
  minCheckIns: 3,
  minExerciseDays: 3,
  /** And at least this many days since the plan last changed. */
  minDaysInPhase: 7,
} as const;

export const PAIN_MONITORING_TEXT =
  'Your plan follows a pain-monitoring model: pain during exercise may reach 5 out of 10, pain after exercise should settle by the next morning, and pain should not go up from week to week. Within these limits the plan moves on when the time for the next phase has come; past them it steps back to easier exercises for a while.';

export const PAIN_MONITORING_SOURCES: readonly SourceId[] = ['silbernagel_2007', 'farrar_2001', 'article'];
