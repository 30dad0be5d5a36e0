/**
 * The numeric pain rating scale (NPRS, 0-10) at each of the product's three sites: the pain
 * numbers the intake and every daily check-in already collect, as a measure with its change.
 */
import { CONTEXT_QUESTIONS } from '../interview-plan.js';
import type { NprsInstrument } from './instrument.js';

const PAIN_0_10 = { code: '72514-3', display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported' } as const;

export const NPRS: NprsInstrument = {
  id: 'nprs',
  title: 'Numeric Pain Rating Scale',
  shortTitle: 'Pain 0-10',
  purpose: 'How bad the pain is, from 0 (none) to 10 (the worst you can imagine), at the knee, in the leg and in the back.',
  regions: ['knee', 'leg', 'back'],
  instructions: CONTEXT_QUESTIONS['pain.knee'].help,
  anchors: '0 is no pain, 10 is the worst pain you can imagine.',
  items: [
    { id: 'pain.knee', number: 1, site: 'knee', text: CONTEXT_QUESTIONS['pain.knee'].text, loinc: PAIN_0_10 },
    { id: 'pain.leg', number: 2, site: 'leg', text: CONTEXT_QUESTIONS['pain.leg'].text, loinc: PAIN_0_10 },
    { id: 'pain.back', number: 3, site: 'back', text: CONTEXT_QUESTIONS['pain.back'].text, loinc: PAIN_0_10 },
  ],
  scales: [
    { id: 'knee', title: 'Knee pain, 0-10', min: 0, max: 10, higherIsBetter: false, loinc: PAIN_0_10 },
    { id: 'leg', title: 'Leg pain, 0-10', min: 0, max: 10, higherIsBetter: false, loinc: PAIN_0_10 },
    { id: 'back', title: 'Back pain, 0-10', min: 0, max: 10, higherIsBetter: false, loinc: PAIN_0_10 },
  ],
  primaryScale: 'knee',
  scoring: 'Each site is its own score: the number given, 0 (no pain) to 10 (the worst imaginable). Sites are never added together.',
  missingItems: 'A site not rated has no score (the person may have no pain there); at least one site must be rated.',
  change: {
    kind: 'mcid',
    scale: 'each site',
    points: 2,
    percent: 30,
    inWords: '2 points (or 30% of where you started) is the change in pain people notice',
    note:
      'A reduction of about 2 points or about 30% on the 0-10 scale is clinically important (Farrar 2001, chronic pain trials); the back pain consensus '
      + 'sets the minimal important change at 2, or 30% from the first score (Ostelo 2008). Set for improvement; ksnav uses the same size for a worsening.',
    sources: ['farrar_2001', 'ostelo_2008'],
  },
  licence: {
    holder: 'none (a generic 0-10 rating)',
    terms: 'ICHOM: "The NPRS is free for all health care organizations, and a license is not needed."',
    url: 'https://medical-data-models.org/31090',
    attribution: 'Numeric pain rating scale, 0 (no pain) to 10 (worst pain imaginable).',
    allows: 'Any use; nothing to credit. The questions are ksnav\'s own words (the intake and check-in pain questions).',
  },
  wording: {
    url: 'https://loinc.org/72514-3',
    checkedAgainst: ['https://www.healthassure.in/codes/loinc-72514-3-pain-severity-0-10-verbal-numeric-rating-score-reported'],
    note:
      'The NPRS has no single published wording: the questions are the ones ksnav already asks at intake and check-in ("at its worst in the last 24 hours"), '
      + 'with LOINC\'s anchors ("0 is no pain and 10 is the worst pain imaginable").',
  },
  loinc: PAIN_0_10,
  sources: ['farrar_2001', 'ostelo_2008', 'ichom_lbp_2017', 'loinc_nprs'],
};
