/** Small, valid records for the storage tests, and a clock that ticks one second per reading. */
import type { Assessment } from '../../../schemas/assessment.js';
import type { Case } from '../../../schemas/case.js';
import type { CheckInInput } from '../../../schemas/checkin.js';

export function sampleCase(age = 48): Case {
  return { age, sex: 'female', durationDays: 10, course: 'stable', pain: { leg: 6, back: 3 }, evidence: { leg_pain_below_knee: true } };
}

export function sampleAssessment(engineVersion = 'test'): Assessment {
  return {
    engineVersion,
    triage: { level: 'self_care', title: 'Look after it at home', action: 'Keep moving gently.', timeframe: 'days', because: [], rules: [] },
    redFlags: [],
    patterns: [],
    mechanisms: [],
    unanswered: [],
    whomToSee: [],
    treatments: [],
    recoveryPlan: {
      phase: 'acute', title: 'Acute', timeline: 'first weeks', focus: 'calm it down', goals: ['walk daily'],
      exercises: [], complicationsToWatch: [], tips: [], sources: [],
    },
    safetyNet: ['If both legs go numb, call an ambulance.'],
    notice: 'This is not a diagnosis.',
  };
}

export function sampleCheckIn(date: string, leg = 5): CheckInInput {
  return {
    date,
    pain: { leg, back: 2 },
    numbnessTingling: false,
    swelling: 'none',
    weakness: false,
    walkingTolerance: '15_to_30_min',
    sleep: 6,
    exercisesDone: ['knee_to_chest'],
    medicinesTaken: ['ibuprofen 400 mg'],
    note: 'walked to the shop',
    redFlags: { saddle_numbness: false },
  };
}

/** A clock starting at `start` that moves one second forward at every reading. */
export function tickingClock(start = '2025-01-01T00:00:00.000Z'): () => Date {
  let t = Date.parse(start);
  return () => new Date((t += 1000));
}
