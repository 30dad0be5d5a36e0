/**
 * The adaptive interview as data: every question in the order it matters, each asked only when
 * its `ask` condition holds for the answers so far. Emergencies are screened right after "where
 * does it hurt"; injury questions follow an injury; the Ottawa questions only an injury; the
 * cauda equina questions always come when there is back or leg pain.
 */
import { all, any, anyYes, notNo, yes, type Cond } from './conditions.js';
import type { EvidenceId } from './evidence.js';

export type ContextQuestionId = 'age' | 'sex' | 'durationDays' | 'course' | 'pain.knee' | 'pain.leg' | 'pain.back' | 'where';
export type QuestionId = EvidenceId | ContextQuestionId;

export interface PlanStep {
  readonly id: QuestionId;
  /** Asked only when this holds for the answers so far; always when absent. */
  readonly ask?: Cond;
}

/**
 * The body-map areas and the evidence each answers (a tick is yes, no tick is no). A `sided` area
 * is chosen on the left, the right or both, and the case records which (`side`); `limb` says
 * which side it counts for.
 */
export const BODY_MAP_AREAS = [
  { value: 'upper_back', label: 'Middle or upper back', evidence: 'thoracic_back_pain', sided: false },
  { value: 'back', label: 'Lower back', evidence: 'low_back_pain', sided: false },
  { value: 'buttock', label: 'Buttock', evidence: 'buttock_pain', sided: true, limb: 'leg' },
  { value: 'hip', label: 'Hip or groin', evidence: 'groin_pain', sided: true, limb: 'leg' },
  { value: 'thigh', label: 'Thigh', evidence: 'thigh_pain', sided: true, limb: 'leg' },
  { value: 'knee', label: 'Knee', evidence: 'knee_pain', sided: true, limb: 'knee' },
  { value: 'calf', label: 'Calf or shin', evidence: 'calf_pain', sided: true, limb: 'leg' },
  { value: 'foot', label: 'Foot or ankle', evidence: 'foot_pain', sided: true, limb: 'leg' },
] as const satisfies readonly { value: string; label: string; evidence: EvidenceId; sided: boolean; limb?: 'knee' | 'leg' }[];

/**
 * On the same first screen, what is felt rather than where it hurts: a tick is yes, but no tick
 * is not "no" (it leaves the question to be asked on its own), so a person whose problem is a
 * numb or weak leg without pain can say so at once.
 */
export const BODY_MAP_SYMPTOMS = [
  { value: 'numb', label: 'Numbness, tingling or pins and needles in a leg or foot', evidence: 'numbness_tingling' },
  { value: 'weak', label: 'A leg or foot feels weak', evidence: 'leg_weakness' },
] as const satisfies readonly { value: string; label: string; evidence: EvidenceId }[];

export const BODY_MAP_EVIDENCE: readonly EvidenceId[] = BODY_MAP_AREAS.map((a) => a.evidence);

/** How long: a number and a unit, kept in days. */
export const DURATION_UNITS = [
  { value: 'days', label: 'days', days: 1 },
  { value: 'weeks', label: 'weeks', days: 7 },
  { value: 'months', label: 'months', days: 30 },
  { value: 'years', label: 'years', days: 365 },
] as const;

const knee: Cond = anyYes('knee_pain', 'knee_swelling');
const back: Cond = anyYes('low_back_pain', 'thoracic_back_pain');
const leg: Cond = anyYes('buttock_pain', 'thigh_pain', 'calf_pain', 'foot_pain', 'groin_pain', 'leg_pain_to_knee', 'leg_pain_below_knee', 'leg_pain_both_sides', 'numbness_tingling', 'leg_weakness', 'foot_drop', 'both_legs_numb_or_weak');
const backOrLeg: Cond = any(back, leg);
const anyLeg: Cond = any(knee, leg);
const injury: Cond = anyYes('recent_knee_injury', 'high_energy_trauma');
const anyInjury: Cond = anyYes('recent_knee_injury', 'high_energy_trauma', 'recent_back_trauma');
const bothLegs: Cond = anyYes('both_legs_numb_or_weak', 'leg_pain_both_sides');
const nerveSymptoms: Cond = anyYes('numbness_tingling', 'leg_weakness', 'foot_drop');
const calf: Cond = anyYes('calf_pain', 'calf_swelling', 'calf_tenderness');
const backFever: Cond = all(back, yes('fever'));
const maybePregnant: Cond = all({ sexIn: ['female', 'other'], ifUnknown: true }, { ageAtLeast: 12 }, { ageBelow: 56 });

export const INTERVIEW_PLAN: readonly PlanStep[] = [
  { id: 'age' },
  { id: 'where' },
  // Emergencies first: each of these alone can mean call now.
  { id: 'chest_pain_or_breathless', ask: anyLeg },
  { id: 'leg_cold_pale', ask: anyLeg },
  { id: 'saddle_numbness', ask: backOrLeg },
  { id: 'bladder_change', ask: backOrLeg },
  { id: 'bowel_change', ask: backOrLeg },
  { id: 'both_legs_numb_or_weak', ask: backOrLeg },
  { id: 'sexual_change', ask: backOrLeg },
  { id: 'durationDays' },
  { id: 'course' },
  // Injury: the injury questions only after an injury, the Ottawa questions only for one.
  { id: 'recent_knee_injury', ask: knee },
  { id: 'high_energy_trauma', ask: anyInjury },
  { id: 'knee_deformity', ask: injury },
  { id: 'cannot_bear_weight', ask: any(knee, injury) },
  { id: 'kneecap_tenderness', ask: injury },
  { id: 'fibular_head_tenderness', ask: injury },
  { id: 'cannot_flex_90', ask: injury },
  { id: 'injury_pop', ask: injury },
  { id: 'knee_swelling_within_hours_of_injury', ask: injury },
  // After an injury, an operation or a cast: pressure building in the muscles.
  { id: 'compartment_signs', ask: anyLeg },
  // The hot knee: infection first.
  { id: 'knee_swelling', ask: knee },
  { id: 'knee_hot_red', ask: knee },
  { id: 'fever', ask: any(knee, back, yes('limping')) },
  { id: 'feels_very_unwell', ask: any(knee, yes('fever')) },
  { id: 'knee_replacement', ask: knee },
  { id: 'recent_joint_injection', ask: knee },
  // A weak immune system, injected drugs or a spinal procedure: infection even without a fever.
  { id: 'immunosuppressed', ask: any(knee, back) },
  { id: 'injects_drugs', ask: any(knee, back) },
  { id: 'recent_spinal_procedure', ask: any(back, backFever) },
  { id: 'knee_locked', ask: knee },
  // Blood vessels.
  { id: 'calf_swelling', ask: anyLeg },
  { id: 'calf_tenderness', ask: any(calf, yes('calf_swelling')) },
  { id: 'recent_surgery_or_immobility', ask: anyYes('calf_swelling', 'calf_tenderness') },
  // The weeks after birth are a high clot risk (RCOG Green-top 37a).
  { id: 'postpartum', ask: all(maybePregnant, any(calf, yes('calf_swelling'))) },
  { id: 'previous_dvt_or_pe', ask: anyYes('calf_swelling', 'calf_tenderness') },
  // Not asked after "never had cancer"; asked after "don't know".
  { id: 'cancer_active', ask: all(notNo('cancer_history'), any(back, calf, yes('calf_swelling'))) },
  // The back: fracture, infection, cancer.
  { id: 'recent_back_trauma', ask: back },
  { id: 'osteoporosis_or_long_term_steroids', ask: all(back, any(yes('recent_back_trauma'), { ageAtLeast: 50 })) },
  { id: 'cancer_history', ask: back },
  { id: 'weight_loss_unexplained', ask: back },
  { id: 'night_pain', ask: backOrLeg },
  // Nerves.
  { id: 'leg_pain_below_knee', ask: backOrLeg },
  { id: 'leg_pain_to_knee', ask: all(backOrLeg, notNo('leg_pain_below_knee')) },
  { id: 'leg_pain_both_sides', ask: anyYes('leg_pain_below_knee', 'leg_pain_to_knee', 'thigh_pain', 'calf_pain', 'foot_pain') },
  { id: 'numbness_tingling', ask: any(anyLeg, back) },
  { id: 'leg_weakness', ask: any(anyLeg, back) },
  { id: 'foot_drop', ask: any(nerveSymptoms, yes('leg_pain_below_knee')) },
  { id: 'neuro_worsening', ask: nerveSymptoms },
  // New or long-standing: both legs are a cauda equina warning only when new or changing.
  { id: 'leg_symptoms_new', ask: bothLegs },
  { id: 'leg_pain_worse_than_back', ask: all(back, anyYes('leg_pain_below_knee', 'leg_pain_to_knee')) },
  { id: 'pain_worse_cough_sneeze', ask: any(anyYes('leg_pain_below_knee', 'leg_pain_to_knee', 'buttock_pain'), all(back, anyYes('cancer_history', 'cancer_active'))) },
  { id: 'walking_leg_pain_eased_by_sitting', ask: backOrLeg },
  { id: 'calf_pain_walking_eased_by_standing', ask: any(calf, { ageAtLeast: 50 }) },
  { id: 'deep_buttock_pain_sitting', ask: yes('buttock_pain') },
  { id: 'pain_worse_sitting', ask: any(backOrLeg, knee) },
  // The knee's own story.
  { id: 'knee_catching', ask: knee },
  { id: 'knee_giving_way', ask: knee },
  { id: 'knee_pain_stairs_squat', ask: knee },
  { id: 'knee_grinding', ask: knee },
  { id: 'knee_stiffness_after_rest_brief', ask: knee },
  { id: 'knee_stiffness_morning_long', ask: knee },
  { id: 'previous_knee_injury', ask: knee },
  { id: 'limping', ask: knee },
  // The hip, which can be felt in the knee.
  { id: 'hip_movement_pain', ask: any(knee, anyYes('thigh_pain', 'buttock_pain', 'groin_pain')) },
  // Background.
  { id: 'history_knee_osteoarthritis', ask: knee },
  { id: 'history_inflammatory_arthritis', ask: any(knee, back) },
  { id: 'history_gout', ask: knee },
  { id: 'history_disc_herniation', ask: backOrLeg },
  { id: 'history_spinal_stenosis', ask: backOrLeg },
  { id: 'overweight' },
  { id: 'hip_or_core_weakness', ask: any(knee, backOrLeg) },
  { id: 'sits_long_hours', ask: backOrLeg },
  { id: 'pain.knee', ask: knee },
  { id: 'pain.leg', ask: leg },
  { id: 'pain.back', ask: back },
  // Medicines and conditions that change which treatments are safe.
  { id: 'sex' },
  { id: 'pregnant', ask: maybePregnant },
  { id: 'takes_anticoagulant' },
  { id: 'stomach_ulcer_or_bleed_history' },
  { id: 'kidney_disease' },
  { id: 'heart_failure_or_heart_disease' },
  { id: 'high_blood_pressure' },
  { id: 'nsaid_asthma_or_allergy' },
  { id: 'liver_disease' },
  { id: 'diabetes' },
];

/** The context questions' wording (evidence questions take theirs from evidence.ts). */
export const CONTEXT_QUESTIONS = {
  age: { text: 'How old are you?', help: 'In years. Some warning signs depend on age.' },
  where: { text: 'Where do you have pain, numbness, tingling or weakness? Choose every area.', help: 'Tap the areas on the body map, or tick them in the list. For a leg, say which side.' },
  sex: { text: 'What is your sex?', help: 'Asked because some treatments need care in pregnancy.' },
  durationDays: { text: 'How long ago did this start?', help: 'Your best guess is fine: a number and days, weeks, months or years. Use 0 days for today.' },
  course: { text: 'Over the last few days, is it getting better, staying the same, or getting worse?', help: 'Compare with how it was when it started.' },
  'pain.knee': { text: 'How bad has the knee pain been at its worst in the last 24 hours?', help: '0 is no pain, 10 is the worst pain you can imagine.' },
  'pain.leg': { text: 'How bad has the leg pain been at its worst in the last 24 hours?', help: '0 is no pain, 10 is the worst pain you can imagine.' },
  'pain.back': { text: 'How bad has the back pain been at its worst in the last 24 hours?', help: '0 is no pain, 10 is the worst pain you can imagine.' },
} as const satisfies Record<ContextQuestionId, { text: string; help: string }>;

