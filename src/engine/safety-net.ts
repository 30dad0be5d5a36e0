/**
 * Safety-net advice: what would make it more urgent, and what to do then. Only the warnings
 * that fit the picture, most urgent first, then when to come back if it does not improve.
 */
import { all, any, anyYes, yes, type Cond } from '../knowledge/conditions.js';
import { urgencyRank, type TriageLevel } from '../knowledge/triage-levels.js';
import { compile, type CaseView } from './conditions.js';
import { Interner } from './intern.js';

const backOrLeg: Cond = anyYes('low_back_pain', 'buttock_pain', 'thigh_pain', 'calf_pain', 'foot_pain', 'leg_pain_to_knee', 'leg_pain_below_knee', 'leg_pain_both_sides', 'numbness_tingling');
const leg: Cond = any(backOrLeg, anyYes('knee_pain', 'calf_swelling', 'calf_tenderness'));
const knee: Cond = anyYes('knee_pain', 'knee_swelling', 'knee_hot_red');

const WARNINGS: readonly { when: Cond | null; text: string }[] = [
  { when: backOrLeg, text: 'Numbness around your genitals, back passage or inner thighs, new trouble passing or holding urine or stools, or numbness or weakness in both legs: go to an emergency department now (possible cauda equina syndrome).' },
  { when: leg, text: 'New chest pain, breathlessness or coughing blood, or a leg that turns cold, pale or blue: call the emergency number now.' },
  { when: leg, text: 'One calf becoming swollen, red or tender: be seen today (possible blood clot).' },
  { when: knee, text: 'The knee becoming hot, red and swollen, or a fever: be seen today (possible joint infection), and do not take anti-inflammatories first.' },
  { when: any(backOrLeg, knee), text: 'New or worsening weakness, a foot that drops or catches, or numbness that spreads: be seen today.' },
  { when: knee, text: 'Not being able to take weight on the leg or straighten the knee: be seen today.' },
  { when: all(yes('low_back_pain'), anyYes('fever', 'cancer_history')), text: 'Back pain with a fever, or any leg symptoms with a past cancer: be seen the same day.' },
  { when: null, text: 'Pain getting much worse, or severe pain that pain relief does not touch: contact a doctor or urgent care.' },
];

const COMPILED = WARNINGS.map((w) => ({ test: w.when ? compile(w.when) : null, text: w.text }));

const COME_BACK: Readonly<Record<TriageLevel, string>> = {
  emergency_ambulance: 'If you are unsure whether help is coming or things change while you wait, call the emergency number again.',
  emergency: 'If you cannot get to the emergency department safely, or things get worse on the way, call the emergency number.',
  consultation_24: 'If you cannot be seen today, go to urgent care or an emergency department rather than wait.',
  consultation: 'If it has not improved within two weeks (six weeks for sciatica), or you are worried, go back to your doctor.',
  self_care: 'If it is not clearly improving within a few days, or lasts more than a week, book an appointment with a GP or physiotherapist.',
};

const LISTS = new Interner<string[]>();

export function safetyNet(c: CaseView, level: TriageLevel): string[] {
  const key: number[] = [urgencyRank(level)];
  const out: string[] = [];
  COMPILED.forEach((w, i) => {
    if (w.test !== null && !w.test.test(c)) return;
    out.push(w.text);
    key.push(i);
  });
  out.push(COME_BACK[level]);
  return LISTS.get(key, () => out);
}

export const NOT_A_DIAGNOSIS =
  'This is not a diagnosis. It describes what your answers are consistent with, from published guidelines, to help you decide how soon and whom to see. A clinician who examines you may reach a different view. If anything changes, or you are worried, seek medical help; in an emergency call your local emergency number.';

/** The guidelines the engine follows (NICE NG59, NG226 and others) are for people aged 16 and over. */
export const ADULT_AGE = 16;

export const CHILD_NOTICE =
  'This tool is made for adults: the guidelines it follows are written for people aged 16 and over, so its advice may not fit a child. A child\'s knee or leg pain can come from the hip. Have a child checked by a GP or a pharmacist rather than relying on this advice, and the same day if they limp, cannot put weight on the leg, or have pain on moving the hip. If they have a fever or seem very unwell, go to an emergency department now.';

export function ageNotice(age: number | undefined): string | undefined {
  return age !== undefined && age < ADULT_AGE ? CHILD_NOTICE : undefined;
}
