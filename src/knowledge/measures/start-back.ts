/**
 * The Keele STarT Back Screening Tool (9-item version): who is at low, medium or high risk of
 * persistent disabling back pain, to match care to risk (NICE NG59 asks for risk stratification
 * at first contact). A screening tool, not an outcome measure: it has no change threshold.
 */
import type { AnswerOption, StartBackInstrument } from './instrument.js';

/** Items 1 to 8: "All 9-items use a response format of 'agree' or 'disagree', with exception to the bothersomeness item". */
const AGREE: readonly AnswerOption[] = [
  { code: 'disagree', display: 'Disagree', score: 0 },
  { code: 'agree', display: 'Agree', score: 1 },
];

/** Item 9: positive ("1") for 'very much' or 'extremely' bothersome back pain (Keele scoring page). */
const BOTHERSOME: readonly AnswerOption[] = [
  { code: 'not_at_all', display: 'Not at all', score: 0 },
  { code: 'slightly', display: 'Slightly', score: 0 },
  { code: 'moderately', display: 'Moderately', score: 0 },
  { code: 'very_much', display: 'Very much', score: 1 },
  { code: 'extremely', display: 'Extremely', score: 1 },
];

// Wording as Keele's own online calculator asks it (typographic apostrophes as Keele prints them);
// LOINC 91349-1 carries the same words for each item code.
const items = [
  { id: 'q1', number: 1, text: 'My back pain has spread down my leg(s) at some time in the last 2 weeks', loinc: { code: '91340-0', display: 'My back pain has spread down my leg(s) at some time in the last 2 weeks' } },
  { id: 'q2', number: 2, text: 'I have had pain in the shoulder or neck at some time in the last 2 weeks', loinc: { code: '91341-8', display: 'I have had pain in the shoulder or neck at some time in the last 2 weeks' } },
  { id: 'q3', number: 3, text: 'I have only walked short distances because of my back pain', loinc: { code: '91342-6', display: 'I have only walked short distances because of my back pain' } },
  { id: 'q4', number: 4, text: 'In the last 2 weeks, I have dressed more slowly than usual because of back pain', loinc: { code: '91343-4', display: 'In the last 2 weeks, I have dressed more slowly than usual because of back pain' } },
  { id: 'q5', number: 5, text: 'It’s not really safe for a person with a condition like mine to be physically active', loinc: { code: '91344-2', display: "It's not really safe for a person with a condition like mine to be physically active" } },
  { id: 'q6', number: 6, text: 'Worrying thoughts have been going through my mind a lot of the time', loinc: { code: '91345-9', display: 'Worrying thoughts have been going through my mind a lot of the time' } },
  { id: 'q7', number: 7, text: 'I feel that my back pain is terrible and it’s never going to get any better', loinc: { code: '91346-7', display: "I feel that my back pain is terrible and it's never going to get any better" } },
  { id: 'q8', number: 8, text: 'In general I have not enjoyed all the things I used to enjoy', loinc: { code: '91347-5', display: 'In general I have not enjoyed all the things I used to enjoy' } },
  { id: 'q9', number: 9, text: 'Overall, how bothersome has your back pain been in the last 2 weeks?', loinc: { code: '91348-3', display: 'Overall, how bothersome has your back pain been in the last 2 weeks?' } },
] as const;

export const START_BACK: StartBackInstrument = {
  id: 'start-back',
  title: 'Keele STarT Back Screening Tool',
  shortTitle: 'STarT Back',
  purpose:
    'Sorts people with back pain, with or without leg pain, into low, medium or high risk of the pain lasting and limiting them, so care can match the risk: '
    + 'advice and self-management for low risk, physiotherapy for medium, physiotherapy with psychologically informed care for high.',
  regions: ['back', 'leg'],
  instructions: 'Thinking about the last 2 weeks please answer the following questions:',
  items: items.map((item) => ({ ...item, options: item.number === 9 ? BOTHERSOME : AGREE })),
  distressItems: ['q5', 'q6', 'q7', 'q8', 'q9'],
  cutOffs: { lowMaxTotal: 3, highMinDistress: 4 },
  riskGroups: [
    { code: 'low', display: 'Low risk', loinc: { code: 'LA9194-7', display: 'Low' } },
    { code: 'medium', display: 'Medium risk', loinc: { code: 'LA8982-6', display: 'Medium' } },
    { code: 'high', display: 'High risk', loinc: { code: 'LA9193-9', display: 'High' } },
  ],
  scales: [
    { id: 'total', title: 'Overall score', min: 0, max: 9, higherIsBetter: false, loinc: { code: '91351-7', display: 'Total score [STarT Back]' } },
    { id: 'distress', title: 'Distress (psychosocial) subscore, items 5-9', min: 0, max: 5, higherIsBetter: false, loinc: { code: '91350-9', display: 'Distress subscore [STarT Back]' } },
  ],
  primaryScale: 'total',
  scoring:
    'Each "Agree" scores 1 and each "Disagree" 0; item 9 scores 1 for "Very much" or "Extremely" and 0 otherwise. The overall score is the sum of all nine (0-9), '
    + 'the distress subscore the sum of items 5 to 9 (0-5). Overall 3 or less: low risk. Overall 4 or more: medium risk when the distress subscore is 3 or less, '
    + 'high risk when it is 4 or 5.',
  missingItems:
    "Keele's scoring gives no rule for a missing answer, and the risk groups are defined on all nine answers, so a set with any item unanswered is not "
    + 'scored: the first missing item is named and the person is asked to answer it.',
  change: null,
  licence: {
    holder: 'Keele University',
    terms:
      'Keele: "No license is required for non-commercial use. If you would like to incorporate the tool in any way into commercial product materials, '
      + 'please contact Keele University Impact Accelerator Unit for further advice." LOINC records "Copyright © 2007 University of Keele", terms of use '
      + '"Used with permission". Keele does not recommend a modified version, or use for conditions other than low back pain.',
    url: 'https://startback.hfac.keele.ac.uk/privacy-policy/',
    attribution:
      'Keele STarT Back Screening Tool, copyright © 2007 Keele University. The STarT Back Approach research was part-funded by Arthritis Research UK (now Versus Arthritis).',
    allows:
      'Free, unmodified, for non-commercial use: this open-source project asks it word for word and scores it by Keele\'s rules. Anyone building the tool into a '
      + 'commercial product must first ask Keele University (Impact Accelerator Unit). Only for back pain, with or without leg pain.',
  },
  wording: {
    url: 'https://startback.hfac.keele.ac.uk/training/resources/startback-online/',
    checkedAgainst: ['https://loinc.org/91349-1', 'http://www.keele.ac.uk/sbst/usingscoringthesbst/'],
    note:
      'The item-9 answer labels (Not at all, Slightly, Moderately, Very much, Extremely) are those of the Keele form; Keele\'s scoring page names '
      + "'very much' and 'extremely' as the positive answers. Item answer codes are ksnav's (LOINC has none we could check for items 1-9).",
  },
  loinc: { code: '91349-1', display: 'STarT Back Screening Tool panel' },
  sources: ['keele_sbst', 'keele_sbst_online', 'loinc_start_back', 'start_back_2008', 'nice_ng59'],
};
