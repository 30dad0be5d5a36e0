/**
 * The Patient-Specific Functional Scale (PSFS): the person names the activities their problem
 * stops or hinders and rates each from 0 (unable) to 10 (as before); the score is the average.
 */
import type { PsfsInstrument } from './instrument.js';

export const PSFS: PsfsInstrument = {
  id: 'psfs',
  title: 'Patient-Specific Functional Scale',
  shortTitle: 'PSFS',
  purpose: 'How well you can do the activities that matter to you and that your problem makes hard: each rated 0 to 10, the score is their average.',
  regions: ['back', 'leg', 'knee'],
  problemBlank: '_________________',
  instructions:
    'I am going to ask you to identify up to three important activities that you are unable to do or are having difficulty with as a result of your '
    + '_________________ problem. Today, are there any activities that you are unable to do or having difficulty with because of your _________________ problem?',
  ratingAnchors: { 0: 'Unable to perform activity', 10: 'Able to perform activity at the same level as before injury or problem' },
  minActivities: 1,
  maxActivities: 5,
  maxNameLength: 200,
  scales: [{ id: 'average', title: 'PSFS score (average of the activity ratings)', min: 0, max: 10, higherIsBetter: true }],
  primaryScale: 'average',
  scoring: 'Total score = sum of the activity scores/number of activities: 0 (unable to do any) to 10 (all as before).',
  missingItems:
    'The score averages the activities rated, so every named activity needs its rating: an activity without one is not scored, it is named and the person '
    + 'is asked to rate it. At least one activity, and at most the five rows of the form.',
  change: {
    kind: 'mdc',
    scale: 'average',
    points: 2,
    inWords: '2 points on the average is a change beyond measurement error',
    note:
      'The form\'s own figure: "Minimum detectable change (90%CI) for average score = 2 points", and 3 points for a single activity (Stratford 1995). It is '
      + 'the smallest change that is real, not an anchor-based important change.',
    sources: ['stratford_1995'],
  },
  licence: {
    holder: 'Paul Stratford, Chris Gill, Mark Westaway and Jill Binkley',
    terms:
      'Free; published in Physiotherapy Canada 1995 and distributed on a form marked "Reproduced with the permission of the authors". No licence fee or '
      + 'registration is asked for (Rehabilitation Measures Database: cost "Free").',
    url: 'http://www.rehabmeasures.org/Lists/RehabMeasures/DispForm.aspx?ID=890',
    attribution:
      'PSFS developed by: Stratford, P., Gill, C., Westaway, M., & Binkley, J. (1995). Assessing disability and change on individual patients: a report of a '
      + 'patient specific measure. Physiotherapy Canada, 47, 258-263.',
    allows: 'Use and reproduction with the developers credited, as above; the wording and the 0-10 anchors are kept unchanged.',
  },
  wording: {
    url: 'https://www.precisionphysio.com.au/the-patient-specific-functional-scale/',
    checkedAgainst: ['https://pdf4pro.com/view/the-patient-specific-functional-scale-74e65c.html', 'https://online.documentine.com/personal-data-sheet-pdf/2/the-patient-specific-functional-scale.html'],
    note:
      'The clinician form (Stratford 1995) as distributed with the authors\' permission. The form asks for "up to three" activities and has rows for five: '
      + 'ksnav accepts one to five. The blank "your _________________ problem" is for the person\'s problem (knee, back...).',
  },
  sources: ['stratford_1995'],
};
