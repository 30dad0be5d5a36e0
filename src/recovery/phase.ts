/**
 * Where a recovery stands on a given day: days since onset, the article's phase, how far into
 * it and how long is left, and whether the 3-month programme is over. `today` is an input.
 */
import { PROGRAMME_LAST_DAY, RECOVERY_PHASE_BY_ID } from '../knowledge/recovery.js';
import { phaseForDuration } from '../engine/recovery-plan.js';
import type { PhaseStatus, ProgrammeState } from '../schemas/recovery.js';
import { daysBetween } from './dates.js';

/** The status on day `day` since onset (onset = day 0). */
export function phaseStatusOnDay(day: number): PhaseStatus {
  const d = Math.max(0, Math.floor(day));
  const phase = phaseForDuration(d);
  const info = RECOVERY_PHASE_BY_ID[phase];
  const state: ProgrammeState = day < 0 ? 'before_onset' : d > PROGRAMME_LAST_DAY ? 'past_programme' : 'in_programme';
  const status: PhaseStatus = {
    day: Math.floor(day),
    week: Math.floor(d / 7) + 1,
    phase,
    state,
    articleTitle: info.articleTitle,
    title: info.title,
    timeline: info.timeline,
    phaseFirstDay: info.firstDay,
    phaseLastDay: info.lastDay,
    dayInPhase: d - info.firstDay + 1,
    programmeLastDay: PROGRAMME_LAST_DAY,
    position: Math.min(d, PROGRAMME_LAST_DAY) / PROGRAMME_LAST_DAY,
  };
  if (state !== 'past_programme') status.daysLeftInPhase = info.lastDay - d;
  return status;
}

/** The status on `today` of a recovery that began on `onsetDate` (both `YYYY-MM-DD`). */
export function phaseStatus(onsetDate: string, today: string): PhaseStatus {
  return phaseStatusOnDay(daysBetween(onsetDate, today));
}
