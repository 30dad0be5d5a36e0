/**
 * The validated measures in recovery: which fit which picture, how often each is due, the words
 * a person reads about each score, and the two alerts they raise (a score worse by more than the
 * change that matters; no change that matters by 6 weeks). Data only: src/recovery decides.
 */
import type { MeasureId, MeasureRegion } from './measures/instrument.js';
import type { SourceId } from './sources.js';

export interface MeasureSchedule {
  readonly instrument: MeasureId;
  /** `once`: a baseline only (STarT Back sorts people at the start); `weekly`: a baseline, then once a week (more often if the person likes). */
  readonly every: 'once' | 'weekly';
  /** The pictures it fits: any of these pain sites. */
  readonly fits: readonly MeasureRegion[];
  /** Why it is asked, in one plain line. */
  readonly why: string;
}

/** In the order they are offered: the sorting tool first, then function, then pain. */
export const MEASURE_SCHEDULE: readonly MeasureSchedule[] = [
  { instrument: 'start-back', every: 'once', fits: ['back', 'leg'], why: 'Nine quick questions, once, to fit the care to how likely the back pain is to last.' },
  { instrument: 'roland-morris', every: 'weekly', fits: ['back', 'leg'], why: 'How much your back limits what you do today. Once a week.' },
  { instrument: 'psfs', every: 'weekly', fits: ['knee', 'back', 'leg'], why: 'The activities that matter to you, each rated 0 to 10. Once a week, or more often if you like.' },
  { instrument: 'nprs', every: 'weekly', fits: ['knee', 'back', 'leg'], why: 'Your pain from 0 to 10 at each place it hurts. Once a week, or more often if you like.' },
];

/** Days between two results of a weekly measure. */
export const MEASURE_INTERVAL_DAYS = 7;

/** What each score is about, as the start of a sentence ("your back function improved by..."). */
export const SCORE_SUBJECTS: Readonly<Record<string, string>> = {
  'roland-morris.total': 'your back function',
  'psfs.average': 'your chosen activities',
  'nprs.knee': 'your knee pain',
  'nprs.leg': 'your leg pain',
  'nprs.back': 'your back pain',
};

export const MEASURE_REVIEW = {
  worse: {
    title: 'A score is getting worse',
    whatToDo:
      'Book a review with your GP or physiotherapist in the next few days, and take your scores with you. If you have any of the warning signs, '
      + 'get help sooner.',
    sources: ['ostelo_2008', 'farrar_2001', 'stratford_1995', 'article'] as readonly SourceId[],
  },
  noImprovement: {
    title: 'No clear improvement after 6 weeks',
    text:
      'Most back pain, sciatica and knee pain is clearly better by 6 weeks. When it is not, it is time for a clinician to look again at the cause '
      + 'and the plan.',
    whatToDo: 'Book a review with your GP or physiotherapist, and take your scores with you. They may check you again and change the treatment.',
    /** The first score and the latest at least this many days apart (6 weeks). */
    afterDays: 42,
    sources: ['article', 'nice_ng59', 'koes_2007', 'ostelo_2008'] as readonly SourceId[],
  },
} as const;
