/**
 * The Roland-Morris Disability Questionnaire (RMDQ, 24 items): how much back pain limits what a
 * person does today. Chosen as the back and sciatica disability measure because its authors
 * publish it for use without permission; the Oswestry Disability Index is licensed (Mapi
 * Research Trust) and is left out.
 */
import type { RolandMorrisInstrument } from './instrument.js';

const statements = [
  'I stay at home most of the time because of my back.',
  'I change position frequently to try and get my back comfortable.',
  'I walk more slowly than usual because of my back.',
  'Because of my back I am not doing any of the jobs that I usually do around the house.',
  'Because of my back, I use a handrail to get upstairs.',
  'Because of my back, I lie down to rest more often.',
  'Because of my back, I have to hold on to something to get out of an easy chair.',
  'Because of my back, I try to get other people to do things for me.',
  // The authors' English form prints "more slowly then usual" here: a typing slip, read as "than"
  // as every other statement and the other copies have it (see wording.note).
  'I get dressed more slowly than usual because of my back.',
  'I only stand for short periods of time because of my back.',
  'Because of my back, I try not to bend or kneel down.',
  'I find it difficult to get out of a chair because of my back.',
  'My back is painful almost all the time.',
  'I find it difficult to turn over in bed because of my back.',
  'My appetite is not very good because of my back pain.',
  'I have trouble putting on my socks (or stockings) because of the pain in my back.',
  'I only walk short distances because of my back.',
  'I sleep less well because of my back.',
  'Because of my back pain, I get dressed with help from someone else.',
  'I sit down for most of the day because of my back.',
  'I avoid heavy jobs around the house because of my back.',
  'Because of my back pain, I am more irritable and bad tempered with people than usual.',
  'Because of my back, I go upstairs more slowly than usual.',
  'I stay in bed most of the time because of my back.',
] as const;

export const ROLAND_MORRIS: RolandMorrisInstrument = {
  id: 'roland-morris',
  title: 'Roland-Morris Disability Questionnaire',
  shortTitle: 'Roland-Morris',
  purpose: 'How much back pain, or sciatica from the back, limits walking, dressing, sleep, work around the house and mood today: the number of statements that fit.',
  regions: ['back', 'leg'],
  instructions:
    'When you read a sentence that describes you today, put a tick against it. If the sentence does not describe you, then leave the space blank and go on '
    + 'to the next one. Remember, only tick the sentence if you are sure it describes you today.',
  items: statements.map((text, i) => ({ id: `q${i + 1}`, number: i + 1, text })),
  scales: [{ id: 'total', title: 'Roland-Morris score (statements ticked)', min: 0, max: 24, higherIsBetter: false }],
  primaryScale: 'total',
  scoring: 'The score is the number of statements ticked, from 0 (no disability) to 24 (the most).',
  missingItems:
    'Only statements that describe the person today are ticked; a statement left blank does not describe them and counts 0 (the form has no "no" box). '
    + 'So a set is never incomplete: an unticked statement is a "no".',
  change: {
    kind: 'mcid',
    scale: 'total',
    points: 5,
    percent: 30,
    inWords: '5 points (or 30% of where you started) is the change people with back pain notice',
    note:
      'International consensus on the minimal important change for the Roland-Morris score: 5 points, or a 30% improvement from the first score (Ostelo 2008). '
      + 'It was set for improvement; ksnav uses the same size for a worsening.',
    sources: ['ostelo_2008'],
  },
  licence: {
    holder: 'Martin Roland and Richard Morris',
    terms:
      'Roland & Fairbank (Spine 2000), which reproduces the questionnaire: "When used in the forms reproduced in the appendices, no permission is required from '
      + 'the authors or from Spine."',
    url: 'https://studylib.net/doc/5830226/--roland-morris-disability-questionnaire',
    attribution:
      'Roland-Morris Disability Questionnaire: Roland MO, Morris RW. A study of the natural history of back pain. Part 1: Development of a reliable and sensitive '
      + 'measure of disability in low back pain. Spine 1983; 8: 141-144.',
    allows:
      'Use of the published English form, unchanged, without asking: this project shows its 24 statements word for word and scores them by the authors\' rule. '
      + 'The terms for commercial electronic versions were not found with the tools here: a commercial user should check them with the authors.',
  },
  wording: {
    url: 'http://dorfenfashion.com/sites/default/files/2017-06/English%20%28original%29.doc',
    checkedAgainst: ['https://thepainsource.com/roland-morris-disability-questionnaire', 'https://www.physio-pedia.com/Roland%E2%80%90Morris_Disability_Questionnaire'],
    note:
      'The authors\' English form (with its note to users citing Roland & Morris 1983), as stored at that address. Statement 9 reads "more slowly then usual" '
      + 'there, a typing slip: ksnav shows "than", as the other copies do. The form\'s opening sentences before "When you read a sentence..." could not be read '
      + 'word for word with the tools here, so only the instruction that could be checked is shown.',
  },
  sources: ['roland_morris_1983', 'roland_fairbank_2000', 'ostelo_2008'],
};
