/**
 * The article's recovery section as typed, sourced data: its three phases, its three potential
 * complications and its five tips, plus the measures a daily check-in tracks and the thresholds
 * that turn a trend into an alert. The analysis that uses them lives in `recovery/`.
 *
 * The phases are the article's programme (acute 1-2 weeks, subacute 2-6 weeks, rehabilitation
 * 6 weeks to 3 months), NOT the ACP definitions of acute (< 4 weeks), subacute (4-12 weeks) and
 * chronic (> 12 weeks) back pain (GUIDELINES.md "Natural history").
 */
import type { RecoveryPhase } from '../schemas/assessment.js';
import type { CheckInRedFlags } from '../schemas/checkin.js';
import type { SourceId } from './sources.js';
import type { RedFlagId } from './red-flags.js';
import type { TriageLevel } from './triage-levels.js';
import { indexById } from './index-by-id.js';

// ---------------------------------------------------------------------------------------------
// Phases

export interface RecoveryPhaseInfo {
  readonly id: RecoveryPhase;
  /** The article's heading for the phase, word for word. */
  readonly articleTitle: string;
  /** The article's sentence for the phase, word for word. */
  readonly articleText: string;
  /** The article's own timeline, as it gives it. */
  readonly articleTimeline: string;
  readonly title: string;
  /** The timeline in plain words, with the days this product counts. */
  readonly timeline: string;
  /** Days since onset (onset day = 0), both ends included. The last phase's end is the end of the programme. */
  readonly firstDay: number;
  readonly lastDay: number;
  readonly focus: string;
  readonly goals: readonly string[];
  /** What this phase is not: why the product's days differ from guideline definitions. */
  readonly note: string;
  readonly sources: readonly SourceId[];
}

const PROGRAMME_NOTE =
  "These phases are the article's recovery programme. They are not the guideline definitions of acute (under 4 weeks), subacute (4 to 12 weeks) and chronic (over 12 weeks) back pain.";

const phaseList = [
  {
    id: 'acute', articleTitle: 'Acute Phase',
    articleText: 'Initial rest and ice application to reduce inflammation.',
    articleTimeline: '1-2 weeks',
    title: 'Stage 1: settle the pain',
    timeline: 'Weeks 1 and 2 (the first 14 days after the pain began)',
    firstDay: 0, lastDay: 14,
    focus: 'Calm the pain and swelling with short rests and ice (15 to 20 minutes, a few times a day). Keep moving gently: staying active helps more than bed rest.',
    goals: [
      'Pain and swelling settling day by day',
      'Short walks around the home or outside, a little several times a day',
      'Gentle movement of the knee, hips and back without a rise in pain',
      'No warning signs (the red-flag questions at each check-in)',
    ],
    note: PROGRAMME_NOTE,
    sources: ['article', 'nice_ng59', 'acp_2017'],
  },
  {
    id: 'subacute', articleTitle: 'Subacute Phase',
    articleText: 'Gradual introduction of physical therapy and gentle exercises to improve mobility.',
    articleTimeline: '2-6 weeks',
    title: 'Stage 2: move more',
    timeline: 'Weeks 3 to 6 (days 15 to 42)',
    firstDay: 15, lastDay: 42,
    focus: 'Add physiotherapy and gentle stretches and strength exercises, a little more each week, so the knee, hips and back move freely again.',
    goals: [
      'Stretching the hamstrings, hip flexors and lower back most days',
      'Gentle strengthening of the thigh, hip and core muscles',
      'Walking, cycling or swimming for longer each week',
      'Leg pain and numbness easing; if they are not, a review before week 6 ends',
    ],
    note: PROGRAMME_NOTE,
    sources: ['article', 'nice_ng59', 'nice_ng226', 'aaos_oa_2021'],
  },
  {
    id: 'rehabilitation', articleTitle: 'Rehabilitation Phase',
    articleText: 'Focus on strengthening exercises and functional training to restore knee stability and reduce sciatica symptoms.',
    articleTimeline: '6 weeks - 3 months',
    title: 'Stage 3: build strength and get back to everything',
    timeline: 'Week 7 to the end of month 3 (days 43 to 90)',
    firstDay: 43, lastDay: 90,
    focus: 'Build strength and balance with harder exercises and everyday moves: stairs, getting up from a chair, stepping, standing on one leg. This makes the knee steady and helps keep sciatica away.',
    goals: [
      'Strength in the thigh, hip and core muscles back to what you need for daily life, work and sport',
      'Stairs, rising from a chair and standing on one leg without the knee giving way',
      'Regular low-impact exercise, most days of the week',
      'Leg pain and numbness gone or clearly improving; otherwise a further review',
    ],
    note: PROGRAMME_NOTE,
    sources: ['article', 'nice_ng59', 'nice_ng226', 'aaos_oa_2021', 'koes_2007'],
  },
] as const satisfies readonly RecoveryPhaseInfo[];

export const RECOVERY_PHASES_INFO: readonly RecoveryPhaseInfo[] = phaseList;
export const RECOVERY_PHASE_BY_ID = indexById<(typeof phaseList)[number], RecoveryPhaseInfo>(phaseList);
/** The last day of the article's programme (3 months); after it a recovery is "past the programme". */
export const PROGRAMME_LAST_DAY = 90;

// ---------------------------------------------------------------------------------------------
// Measures a check-in records, and what counts as a clinically important change

export interface RecoveryMeasure {
  readonly id: string;
  readonly title: string;
  readonly scale: string;
  readonly min: number;
  readonly max: number;
  readonly higherIsBetter: boolean;
  /** A change of at least this many points is clinically important. */
  readonly importantPoints: number;
  /** A change of at least this percentage of the starting value is clinically important too. */
  readonly importantPercent?: number;
  /** The rule in plain words. */
  readonly rule: string;
  readonly sources: readonly SourceId[];
}

const PAIN_RULE = 'A change of 2 points or 30% on the 0-10 scale is clinically important.';

const measureList = [
  { id: 'knee_pain', title: 'Knee pain', scale: '0-10 (0 = no pain)', min: 0, max: 10, higherIsBetter: false, importantPoints: 2, importantPercent: 30, rule: PAIN_RULE, sources: ['farrar_2001', 'ostelo_2008'] },
  { id: 'leg_pain', title: 'Leg pain', scale: '0-10 (0 = no pain)', min: 0, max: 10, higherIsBetter: false, importantPoints: 2, importantPercent: 30, rule: PAIN_RULE, sources: ['farrar_2001', 'ostelo_2008'] },
  { id: 'back_pain', title: 'Back pain', scale: '0-10 (0 = no pain)', min: 0, max: 10, higherIsBetter: false, importantPoints: 2, importantPercent: 30, rule: PAIN_RULE, sources: ['farrar_2001', 'ostelo_2008'] },
  {
    id: 'swelling', title: 'Knee swelling', scale: '0 none, 1 mild, 2 moderate, 3 severe', min: 0, max: 3, higherIsBetter: false, importantPoints: 1,
    rule: 'Any step up or down (for example from none to mild) counts: the article names increased swelling as a complication to watch.', sources: ['article'],
  },
  {
    id: 'walking_tolerance', title: 'Walking', scale: '0 under 5 min, 1 5-15 min, 2 15-30 min, 3 30-60 min, 4 over 60 min', min: 0, max: 4, higherIsBetter: true, importantPoints: 1,
    rule: 'Any step up or down in how long you could walk counts: the article names loss of mobility as a reason to see a doctor.', sources: ['article'],
  },
  {
    id: 'sleep', title: 'Sleep', scale: '0-10 (10 = slept well)', min: 0, max: 10, higherIsBetter: true, importantPoints: 2, importantPercent: 30,
    rule: 'A change of 2 points or 30%, the same rule as for pain on a 0-10 scale (there is no validated threshold for sleep).', sources: [],
  },
] as const satisfies readonly RecoveryMeasure[];

export type MeasureId = (typeof measureList)[number]['id'];
export const RECOVERY_MEASURES: readonly (RecoveryMeasure & { readonly id: MeasureId })[] = measureList;
export const RECOVERY_MEASURE_BY_ID = indexById<(typeof measureList)[number], RecoveryMeasure>(measureList);
export const MEASURE_IDS: readonly MeasureId[] = measureList.map((m) => m.id);

// ---------------------------------------------------------------------------------------------
// Potential complications

export interface ComplicationInfo {
  readonly id: string;
  /** The article's wording, word for word. */
  readonly articleTitle: string;
  readonly text: string;
  readonly whatToDo: string;
  /** How the check-ins reveal it, in plain words (the rule lives in `recovery/alerts.ts`). */
  readonly detection: string;
  /** Phases in which to watch for it. */
  readonly phases: readonly RecoveryPhase[];
  readonly sources: readonly SourceId[];
}

const complicationList = [
  {
    id: 'increased_pain_or_swelling', articleTitle: 'Increased pain or swelling in the knee',
    text: 'Pain or swelling that gets worse instead of better can mean the knee, or the nerve, is being overloaded, or that something else is going on.',
    whatToDo: 'Ease back to the exercises that did not hurt, use rest and ice, and contact your physiotherapist or GP in the next few days. If the knee turns hot or red, or you feel unwell or feverish, be seen today.',
    detection: 'A clinically important rise in knee, leg or back pain (2 points or 30%), or swelling a step higher, compared with your first check-in or with a week before.',
    phases: ['acute', 'subacute', 'rehabilitation'],
    sources: ['article', 'farrar_2001', 'ostelo_2008', 'bsr_hot_joint_2006'],
  },
  {
    id: 'persistent_sciatica', articleTitle: 'Persistent sciatica symptoms, indicating a need for further evaluation',
    text: 'Most sciatica settles within 6 to 12 weeks. Leg pain, numbness or tingling that is still there after 6 weeks needs a further assessment, and a discussion of the next treatments.',
    whatToDo: 'Book a review with your GP or physiotherapist. They may check the nerves, consider other treatments or a referral to a spinal specialist, and sometimes a scan.',
    detection: 'Leg pain, or numbness or tingling, still reported at a check-in after day 42 (6 weeks).',
    phases: ['subacute', 'rehabilitation'],
    sources: ['article', 'nice_ng59', 'koes_2007', 'cks_sciatica'],
  },
  {
    id: 'muscle_weakness_atrophy', articleTitle: 'Muscle weakness or atrophy due to prolonged inactivity',
    text: 'Muscles that are not used get weaker and thinner within weeks, which leaves the knee less stable and the back less supported.',
    whatToDo: 'Do your exercises on most days, and keep walking, cycling or swimming. If pain stops you exercising, ask your physiotherapist to adjust the programme.',
    detection: 'Exercises done on fewer than 3 of the last 7 days, in the subacute or rehabilitation phase.',
    phases: ['acute', 'subacute', 'rehabilitation'],
    sources: ['article', 'nice_ng59', 'nice_ng226'],
  },
] as const satisfies readonly ComplicationInfo[];

export type ComplicationId = (typeof complicationList)[number]['id'];
export const COMPLICATIONS: readonly (ComplicationInfo & { readonly id: ComplicationId })[] = complicationList;
export const COMPLICATION_BY_ID = indexById<(typeof complicationList)[number], ComplicationInfo>(complicationList);
export const COMPLICATION_IDS: readonly ComplicationId[] = complicationList.map((c) => c.id);

// ---------------------------------------------------------------------------------------------
// Tips for a smooth recovery

export interface RecoveryTipInfo {
  readonly id: string;
  /** The article's heading for the tip, word for word. */
  readonly articleTitle: string;
  /** The article's sentence, word for word. */
  readonly articleText: string;
  readonly text: string;
  readonly phases: readonly RecoveryPhase[];
  /** Complications this tip answers: it is highlighted when one of them is flagged. */
  readonly answers: readonly ComplicationId[];
  readonly sources: readonly SourceId[];
}

const tipList = [
  {
    id: 'structured_rehabilitation', articleTitle: 'Follow a Structured Rehabilitation Program',
    articleText: 'Work with a physical therapist to create a personalized plan that addresses both knee pain and sciatica.',
    text: 'A physiotherapist can tailor the exercises to your knee and back and raise them step by step. Exercise is the first treatment guidelines recommend for both.',
    phases: ['acute', 'subacute', 'rehabilitation'], answers: ['muscle_weakness_atrophy', 'persistent_sciatica'],
    sources: ['article', 'nice_ng59', 'nice_ng226', 'aaos_oa_2021'],
  },
  {
    id: 'stay_active', articleTitle: 'Stay Active',
    articleText: 'Engage in low-impact activities like swimming or cycling to maintain fitness without stressing the knee.',
    text: 'Keep moving every day: short walks at first, then swimming, cycling or longer walks. Staying active speeds recovery; long bed rest slows it.',
    phases: ['acute', 'subacute', 'rehabilitation'], answers: ['muscle_weakness_atrophy'],
    sources: ['article', 'nice_ng59', 'acp_2017'],
  },
  {
    id: 'good_posture', articleTitle: 'Practice Good Posture',
    articleText: 'Ensure proper body mechanics during daily activities to alleviate pressure on the sciatic nerve.',
    text: 'Sit with your back supported and both feet flat, get up every 30 minutes or so, lift with your knees bent and the load close, and try not to limp or lean away from the sore side.',
    phases: ['acute', 'subacute', 'rehabilitation'], answers: ['persistent_sciatica'],
    sources: ['article'],
  },
  {
    id: 'incorporate_stretching', articleTitle: 'Incorporate Stretching',
    articleText: 'Regularly stretch the hamstrings, hip flexors, and lower back to improve flexibility and reduce tension.',
    text: 'Stretch the back of the thighs, the front of the hips and the lower back most days, gently and without bouncing. A stretch should pull, not hurt, and should not send pain or tingling down the leg.',
    phases: ['subacute', 'rehabilitation'], answers: ['muscle_weakness_atrophy'],
    sources: ['article', 'nice_ng226'],
  },
  {
    id: 'listen_to_your_body', articleTitle: 'Listen to Your Body',
    articleText: 'Pay attention to pain signals and avoid pushing through discomfort, as this can hinder recovery.',
    text: 'Mild discomfort while exercising is fine. Sharp or spreading pain, new numbness or weakness, or pain more than 2 points above your usual the next day mean ease off and do less next time.',
    phases: ['acute', 'subacute', 'rehabilitation'], answers: ['increased_pain_or_swelling'],
    sources: ['article'],
  },
] as const satisfies readonly RecoveryTipInfo[];

export type RecoveryTipId = (typeof tipList)[number]['id'];
export const RECOVERY_TIPS: readonly (RecoveryTipInfo & { readonly id: RecoveryTipId })[] = tipList;
export const RECOVERY_TIP_BY_ID = indexById<(typeof tipList)[number], RecoveryTipInfo>(tipList);
export const RECOVERY_TIP_IDS: readonly RecoveryTipId[] = tipList.map((t) => t.id);

// ---------------------------------------------------------------------------------------------
// Thresholds the recovery alerts use

export const RECOVERY_THRESHOLDS = {
  /** "Recent" change compares the latest check-in with the last one at least this many days older. */
  recentWindowDays: 7,
  /** Leg pain or numbness after this day (6 weeks) is persistent sciatica: review (NG59; Koes 2007). */
  sciaticaReviewAfterDay: 42,
  /** Pain at or above this, and getting worse, is seen the same day (CONTRACT.md: severe and worsening pain). */
  severePain: 8,
  /** Inactivity: exercises on fewer than this many of the last `inactivityWindowDays` days... */
  inactivityMinExerciseDays: 3,
  inactivityWindowDays: 7,
  /** ...judged only when at least this many check-ins fall in that window (otherwise we do not know). */
  inactivityMinCheckIns: 3,
} as const;

// ---------------------------------------------------------------------------------------------
// The floor under a red flag ticked at a check-in

export type CheckInRedFlagId = keyof CheckInRedFlags;

/**
 * The least a red-flag answer at a check-in leads to on its own. The engine re-triages every
 * check-in with the person's context and may answer more urgently; this floor only speaks when
 * no red flag the engine raised accounts for a "yes", so a ticked question is never left
 * unanswered. Levels are those of the contract's red-flag table and "when to see a doctor" policy.
 */
export interface CheckInFlagFloor {
  readonly level: TriageLevel;
  /** The red flag this answer points to on its own, when there is one. */
  readonly redFlag?: RedFlagId;
  /** Title, explanation and what to do when no single red flag fits. */
  readonly title?: string;
  readonly explanation?: string;
  readonly whatToDo?: string;
  readonly sources: readonly SourceId[];
}

export const CHECKIN_RED_FLAG_FLOOR: Readonly<Record<CheckInRedFlagId, CheckInFlagFloor>> = {
  saddle_numbness: { level: 'emergency', redFlag: 'cauda_equina_syndrome', sources: ['girft_ces_2023', 'cks_sciatica'] },
  bladder_change: { level: 'emergency', redFlag: 'cauda_equina_syndrome', sources: ['girft_ces_2023', 'cks_sciatica'] },
  bowel_change: { level: 'emergency', redFlag: 'cauda_equina_syndrome', sources: ['girft_ces_2023', 'cks_sciatica'] },
  both_legs_numb_or_weak: { level: 'emergency', redFlag: 'cauda_equina_syndrome', sources: ['girft_ces_2023', 'cks_sciatica'] },
  chest_pain_or_breathless: { level: 'emergency_ambulance', redFlag: 'pulmonary_embolism', sources: ['nice_ng158'] },
  leg_cold_pale: { level: 'emergency_ambulance', redFlag: 'acute_limb_ischaemia', sources: ['acute_limb_ischaemia'] },
  foot_drop: { level: 'consultation_24', redFlag: 'progressive_neurological_deficit', sources: ['nice_ng59', 'cks_sciatica'] },
  neuro_worsening: { level: 'consultation_24', redFlag: 'progressive_neurological_deficit', sources: ['nice_ng59', 'cks_sciatica'] },
  knee_hot_red: { level: 'consultation_24', redFlag: 'septic_arthritis', sources: ['bsr_hot_joint_2006', 'cks_septic_arthritis'] },
  calf_swelling: { level: 'consultation_24', redFlag: 'deep_vein_thrombosis', sources: ['nice_ng158', 'wells_2003'] },
  knee_locked: { level: 'consultation_24', redFlag: 'locked_knee', sources: ['cks_knee_pain'] },
  fever: {
    level: 'consultation_24',
    title: 'A fever during recovery',
    explanation: 'A temperature of 38 °C or more with back or knee pain can mean an infection of the spine or of the joint, which needs checking the same day.',
    whatToDo: 'Be seen today. If you also feel very unwell, or the knee is hot and swollen with a knee replacement, go to the emergency department now.',
    sources: ['cks_septic_arthritis', 'cks_back_pain', 'nice_ng59'],
  },
  cannot_bear_weight: {
    level: 'consultation_24',
    title: 'Cannot take weight on the leg',
    explanation: 'Not being able to take four steps on the leg needs an assessment the same day, after an injury or not.',
    whatToDo: 'Be seen today at urgent care or by a doctor. Keep weight off the leg until then.',
    sources: ['nhs_knee_pain', 'cks_knee_pain'],
  },
};
