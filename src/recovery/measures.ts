/** Reads each tracked measure of a check-in as a number (ordinal answers by their rank). */
import type { MeasureId } from '../knowledge/recovery.js';
import { SWELLING_LEVELS, WALKING_TOLERANCES, type CheckInInput, type SwellingLevel, type WalkingTolerance } from '../schemas/checkin.js';

/** 0 none, 1 mild, 2 moderate, 3 severe. */
export function swellingScore(s: SwellingLevel): number {
  return SWELLING_LEVELS.indexOf(s);
}

/** 0 under 5 minutes ... 4 over 60 minutes. */
export function walkingScore(w: WalkingTolerance): number {
  return WALKING_TOLERANCES.indexOf(w);
}

/** The value of a measure at a check-in, or undefined when it was not recorded. */
export function measureValue(c: CheckInInput, measure: MeasureId): number | undefined {
  switch (measure) {
    case 'knee_pain': return c.pain.knee;
    case 'leg_pain': return c.pain.leg;
    case 'back_pain': return c.pain.back;
    case 'swelling': return swellingScore(c.swelling);
    case 'walking_tolerance': return walkingScore(c.walkingTolerance);
    case 'sleep': return c.sleep;
  }
}
