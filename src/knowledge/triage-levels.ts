/**
 * The five triage levels of the contract, most urgent first, with what each means for a person.
 * The order of TRIAGE_LEVELS is the order of urgency: index 0 is the most urgent.
 */
export const TRIAGE_LEVELS = ['emergency_ambulance', 'emergency', 'consultation_24', 'consultation', 'self_care'] as const;

export type TriageLevel = (typeof TRIAGE_LEVELS)[number];

export interface TriageLevelInfo {
  readonly level: TriageLevel;
  readonly title: string;
  /** What to do, in one plain sentence. */
  readonly action: string;
  readonly timeframe: string;
}

export const TRIAGE_LEVEL_INFO: Readonly<Record<TriageLevel, TriageLevelInfo>> = {
  emergency_ambulance: {
    level: 'emergency_ambulance',
    title: 'Call an ambulance now',
    action: 'Call the emergency number now and ask for an ambulance. Do not drive yourself.',
    timeframe: 'now',
  },
  emergency: {
    level: 'emergency',
    title: 'Go to an emergency department now',
    action: 'Go to the nearest emergency department (A&E) now. If you cannot get there safely, call the emergency number.',
    timeframe: 'now, within the hour',
  },
  consultation_24: {
    level: 'consultation_24',
    title: 'See a doctor today',
    action: 'Be seen by a doctor or an urgent care service today, within 24 hours. If you cannot get an appointment, go to urgent care.',
    timeframe: 'within 24 hours',
  },
  consultation: {
    level: 'consultation',
    title: 'Book an appointment',
    action: 'Book an appointment with your GP or a physiotherapist in the next few days.',
    timeframe: 'within a few days',
  },
  self_care: {
    level: 'self_care',
    title: 'Look after it at home',
    action: 'You can look after this at home for now. The advice below says what would change that.',
    timeframe: 'look after it at home; get help if things change',
  },
};

/** Rank 0 is the most urgent. */
export function urgencyRank(level: TriageLevel): number {
  return TRIAGE_LEVELS.indexOf(level);
}

/** The more urgent of two levels. */
export function moreUrgent(a: TriageLevel, b: TriageLevel): TriageLevel {
  return urgencyRank(a) <= urgencyRank(b) ? a : b;
}

export function isEmergencyLevel(level: TriageLevel): boolean {
  return level === 'emergency_ambulance' || level === 'emergency';
}

/**
 * Levels at which the one job is to be seen (now or today): the results, the PDF and the
 * dashboard then offer no home plan, self-care options or exercises, only what to do, what to
 * say and a summary to show (hazard H3: nothing later contradicts the advice at the top).
 */
export function isSeenFirst(level: TriageLevel): boolean {
  return level === 'emergency_ambulance' || level === 'emergency' || level === 'consultation_24';
}
