/** Per-day points for charts of a recovery: pain, swelling, walking, sleep and exercises by date. */
import { PROGRAMME_LAST_DAY, RECOVERY_PHASES_INFO } from '../knowledge/recovery.js';
import type { CheckInInput } from '../schemas/checkin.js';
import type { RecoverySeries, SeriesPoint } from '../schemas/recovery.js';
import { orderCheckIns, type DatedCheckIn } from './check-ins.js';
import { weeklyAdherence } from './adherence.js';
import { swellingScore, walkingScore } from './measures.js';

export interface SeriesInput {
  readonly onsetDate: string;
  readonly checkIns: readonly CheckInInput[];
  /** When given, check-ins after it are left out. */
  readonly today?: string;
}

export function seriesPoint(c: DatedCheckIn): SeriesPoint {
  const d = c.data;
  return {
    date: c.date,
    day: c.day,
    kneePain: d.pain.knee ?? null,
    legPain: d.pain.leg ?? null,
    backPain: d.pain.back ?? null,
    swelling: swellingScore(d.swelling),
    walkingTolerance: walkingScore(d.walkingTolerance),
    sleep: d.sleep,
    exercisesDone: d.exercisesDone.length,
    numbnessTingling: d.numbnessTingling,
    weakness: d.weakness,
    redFlag: Object.values(d.redFlags).some((v) => v === true),
  };
}

const PHASES: RecoverySeries['phases'] = RECOVERY_PHASES_INFO.map((p) => ({
  id: p.id, title: p.title, firstDay: p.firstDay, lastDay: Math.min(p.lastDay, PROGRAMME_LAST_DAY),
}));

export function recoverySeries(input: SeriesInput): RecoverySeries {
  const checkIns = orderCheckIns(input.onsetDate, input.checkIns, input.today);
  return {
    onsetDate: input.onsetDate,
    phases: PHASES.map((p) => ({ ...p })),
    points: checkIns.map(seriesPoint),
    weeks: weeklyAdherence(checkIns),
  };
}
