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
  { when: backOrLeg, text: 'Numbness around your genitals, bottom or inner thighs, new trouble passing or holding urine or stools, or numbness or weakness in both legs: go to an emergency department now. These can be signs of cauda equina syndrome.' },
  { when: leg, text: 'New chest pain, trouble breathing or coughing up blood, or a leg that turns cold, pale or blue: call the emergency number now.' },
  { when: leg, text: 'One calf that becomes swollen, red or tender: be seen today. It can be a blood clot.' },
  { when: knee, text: 'A knee that becomes hot, red and swollen, or a fever: be seen today. It can be an infection. Do not take anti-inflammatories first.' },
  { when: any(backOrLeg, knee), text: 'New weakness or weakness that gets worse, a foot that drops or catches, or numbness that spreads: be seen today.' },
  { when: knee, text: 'You cannot put weight on the leg or straighten the knee: be seen today.' },
  { when: all(yes('low_back_pain'), anyYes('fever', 'cancer_history')), text: 'Back pain with a fever, or any new leg problem after a cancer: be seen the same day.' },
  { when: null, text: 'Pain that gets much worse, or bad pain that pain killers do not help: call a doctor or urgent care.' },
];

const COMPILED = WARNINGS.map((w) => ({ test: w.when ? compile(w.when) : null, text: w.text }));

const COME_BACK: Readonly<Record<TriageLevel, string>> = {
  emergency_ambulance: 'If you are not sure help is coming, or things change while you wait, call the emergency number again.',
  emergency: 'If you cannot get to the emergency department safely, or things get worse on the way, call the emergency number.',
  consultation_24: 'If you cannot be seen today, go to urgent care or an emergency department. Do not wait.',
  consultation: 'If it is not better in two weeks (six weeks for sciatica), or you are worried, go back to your doctor.',
  self_care: 'If it is not clearly better in a few days, or lasts more than a week, book an appointment with a GP or a physiotherapist.',
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
  'This is not a diagnosis. It says what your answers fit, using health guidelines, to help you decide how soon to be seen and by whom. A doctor or physiotherapist who examines you may see it differently. If anything changes, or you are worried, get medical help. In an emergency, call your local emergency number.';

/** The guidelines the engine follows (NICE NG59, NG226 and others) are for people aged 16 and over. */
export const ADULT_AGE = 16;

export const CHILD_NOTICE =
  'This tool is made for adults. The guidelines it uses are for people aged 16 and over, so its advice may not fit a child. A child\'s knee or leg pain can come from the hip. Have a child checked by a GP or a pharmacist. Go the same day if they limp, cannot put weight on the leg, or it hurts to move the hip. If they have a fever or seem very unwell, go to an emergency department now.';

export function ageNotice(age: number | undefined): string | undefined {
  return age !== undefined && age < ADULT_AGE ? CHILD_NOTICE : undefined;
}
