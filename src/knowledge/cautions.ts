/**
 * Personal cautions on treatment options: an anti-inflammatory with a blood thinner, heat on a
 * hot knee, a massage over a calf that may hold a clot... Each caution is data: the options it
 * applies to, the condition that raises it, how serious it is, plain words and sources. The
 * engine (`engine/treatments.ts`) only evaluates these conditions; it holds no caution of its own.
 */
import type { CautionSeverity } from '../schemas/assessment.js';
import type { EvidenceId } from './evidence.js';
import type { RedFlagId } from './red-flags.js';
import type { SourceId } from './sources.js';
import type { TreatmentOptionId } from './treatments.js';
import { TREATMENT_OPTION_IDS } from './treatments.js';
import { indexById } from './index-by-id.js';

/**
 * When a caution applies. Every criterion given must hold; at least one of `anyOf`, `allOf`,
 * `minAge` or `redFlags` is given. Pregnancy is the evidence id `pregnant`.
 */
export interface CautionCondition {
  /** At least one of these answered yes. The ones answered yes are the caution's `because`. */
  readonly anyOf?: readonly EvidenceId[];
  /** All of these answered yes. */
  readonly allOf?: readonly EvidenceId[];
  /** Age at least this (years). */
  readonly minAge?: number;
  /** Any red flag raised ('any'), or one of these. */
  readonly redFlags?: 'any' | readonly RedFlagId[];
  /** Only while the symptoms are at most this many days old; an unknown duration counts as within. */
  readonly maxDurationDays?: number;
}

export interface CautionInfo {
  readonly id: string;
  readonly appliesTo: readonly TreatmentOptionId[];
  readonly when: CautionCondition;
  readonly severity: CautionSeverity;
  /** What to do, in plain words. */
  readonly text: string;
  readonly sources: readonly SourceId[];
}

const SEDATING = ['muscle_relaxant', 'opioid_weak_short_term', 'opioid_strong_or_long_term', 'sciatica_nerve_drugs'] as const satisfies readonly TreatmentOptionId[];
const EXERCISE = ['physiotherapy_exercise', 'home_exercise'] as const satisfies readonly TreatmentOptionId[];
const NSAIDS = ['nsaid_oral', 'nsaid_topical'] as const satisfies readonly TreatmentOptionId[];

const list = [
  // Anti-inflammatory tablets (BNF NSAID cautions; GUIDELINES.md)
  {
    id: 'nsaid_oral_anticoagulant', appliesTo: ['nsaid_oral'], when: { anyOf: ['takes_anticoagulant'] }, severity: 'avoid',
    text: 'You take a blood thinner (such as warfarin, apixaban or daily aspirin). Anti-inflammatory tablets then raise the risk of serious bleeding. Do not take them unless your doctor says so.',
    sources: ['bnf_nsaids'],
  },
  {
    id: 'nsaid_oral_ulcer_bleed', appliesTo: ['nsaid_oral'], when: { anyOf: ['stomach_ulcer_or_bleed_history'] }, severity: 'avoid',
    text: 'After a stomach ulcer or a bleed from the gut, anti-inflammatory tablets can cause another. Do not take them unless your doctor says so.',
    sources: ['bnf_nsaids'],
  },
  {
    id: 'nsaid_oral_kidney', appliesTo: ['nsaid_oral'], when: { anyOf: ['kidney_disease'] }, severity: 'ask_doctor',
    text: 'Anti-inflammatory tablets can harm the kidneys. They are not safe when kidney disease is moderate or severe. Ask your doctor before you take them.',
    sources: ['bnf_nsaids'],
  },
  {
    id: 'nsaid_oral_heart', appliesTo: ['nsaid_oral'], when: { anyOf: ['heart_failure_or_heart_disease'] }, severity: 'ask_doctor',
    text: 'Anti-inflammatory tablets can make heart failure worse and raise the risk of a heart attack or stroke. They are not safe in severe heart failure. Ask your doctor before you take them.',
    sources: ['bnf_nsaids'],
  },
  {
    id: 'nsaid_oral_blood_pressure', appliesTo: ['nsaid_oral'], when: { anyOf: ['high_blood_pressure'] }, severity: 'ask_pharmacist',
    text: 'Anti-inflammatory tablets can raise blood pressure and make blood pressure medicines work less well. Ask a pharmacist or your doctor first.',
    sources: ['bnf_nsaids'],
  },
  {
    id: 'nsaid_oral_pregnancy', appliesTo: ['nsaid_oral'], when: { anyOf: ['pregnant'] }, severity: 'avoid',
    text: 'In pregnancy, do not take anti-inflammatory tablets unless a doctor says so. From 20 weeks they can harm the baby\'s kidneys. After 28 weeks they must not be used.',
    sources: ['mhra_nsaid_pregnancy_2023', 'fda_nsaid_pregnancy_2020', 'bnf_nsaids'],
  },
  {
    id: 'nsaid_oral_age_65', appliesTo: ['nsaid_oral'], when: { minAge: 65 }, severity: 'ask_doctor',
    text: 'From 65, anti-inflammatory tablets more often cause bleeding in the stomach, kidney problems and strain on the heart. Ask your doctor first. A gel, or a medicine to protect the stomach, may be better.',
    sources: ['bnf_nsaids', 'nice_ng226'],
  },
  {
    id: 'nsaid_oral_steroids', appliesTo: ['nsaid_oral'], when: { anyOf: ['osteoporosis_or_long_term_steroids', 'immunosuppressed'] }, severity: 'ask_pharmacist',
    text: 'You take steroid tablets. Anti-inflammatory tablets then add to the risk of stomach ulcers and bleeding. Ask a pharmacist or your doctor first.',
    sources: ['bnf_nsaids'],
  },
  // Anti-inflammatories in any form
  {
    id: 'nsaid_asthma_allergy', appliesTo: NSAIDS, when: { anyOf: ['nsaid_asthma_or_allergy'] }, severity: 'avoid',
    text: 'Aspirin or another anti-inflammatory has made your asthma worse or caused an allergy. Do not use anti-inflammatories, as tablets or gels.',
    sources: ['bnf_nsaids'],
  },
  {
    id: 'nsaid_hot_knee', appliesTo: NSAIDS, when: { anyOf: ['knee_hot_red'] }, severity: 'avoid',
    text: 'A hot or red knee must be checked for infection first. Anti-inflammatories can hide the signs. Do not use them until a doctor has seen the knee.',
    sources: ['bsr_hot_joint_2006', 'cks_septic_arthritis'],
  },
  // Anti-inflammatory gels
  {
    id: 'nsaid_topical_pregnancy', appliesTo: ['nsaid_topical'], when: { anyOf: ['pregnant'] }, severity: 'avoid',
    text: 'Much less of a gel gets into the blood. But anti-inflammatory gels are still advised against late in pregnancy. Do not use one unless a doctor or midwife says so.',
    sources: ['bumps_pregnancy', 'bnf_nsaids'],
  },
  {
    id: 'nsaid_topical_medical_history', appliesTo: ['nsaid_topical'],
    when: { anyOf: ['takes_anticoagulant', 'stomach_ulcer_or_bleed_history', 'kidney_disease', 'heart_failure_or_heart_disease'] }, severity: 'ask_pharmacist',
    text: 'A gel is usually safer, as much less gets into the blood than from a tablet. But ask a pharmacist first if you take a blood thinner, or have had an ulcer or a bleed, or have kidney or heart disease. Do not take anti-inflammatory tablets at the same time.',
    sources: ['bnf_nsaids', 'nice_ng226'],
  },

  // Paracetamol
  {
    id: 'paracetamol_liver_alcohol', appliesTo: ['paracetamol'], when: { anyOf: ['liver_disease'] }, severity: 'ask_doctor',
    text: 'With liver disease or heavy drinking, paracetamol can harm the liver at lower doses. Ask your doctor or pharmacist what dose is safe for you.',
    sources: ['bnf_paracetamol'],
  },

  // Opioids, muscle relaxants and nerve pain medicines
  {
    id: 'sedating_pregnancy', appliesTo: SEDATING, when: { anyOf: ['pregnant'] }, severity: 'ask_doctor',
    text: 'In pregnancy, ask a doctor before you take opioids, muscle relaxants or nerve pain medicines. Some can affect the baby, most of all near the birth.',
    sources: ['bumps_pregnancy'],
  },
  {
    id: 'sedating_alcohol_liver', appliesTo: SEDATING, when: { anyOf: ['liver_disease'] }, severity: 'ask_doctor',
    text: 'Alcohol with opioids, muscle relaxants or nerve pain medicines can slow your breathing to a dangerous level. Liver disease also changes how the body deals with them. Tell your doctor, and do not drink alcohol while you take them.',
    sources: ['mhra_opioid_benzo_2020'],
  },
  {
    id: 'sedating_age_65', appliesTo: SEDATING, when: { minAge: 65 }, severity: 'ask_doctor',
    text: 'From 65, these medicines more often cause sleepiness, confusion and falls. Several are on the list of medicines older people should not take. Ask your doctor first.',
    sources: ['ags_beers_2023'],
  },

  // Steroid injections
  {
    id: 'knee_injection_infection', appliesTo: ['knee_steroid_injection'], when: { anyOf: ['knee_hot_red', 'fever'] }, severity: 'avoid',
    text: 'A hot or red knee, or a fever, must be checked for infection first. A steroid injection into an infected joint makes the infection worse.',
    sources: ['bsr_hot_joint_2006', 'cks_septic_arthritis', 'nhs_steroid_injections'],
  },
  {
    id: 'epidural_infection', appliesTo: ['epidural_steroid_injection'], when: { anyOf: ['fever'] }, severity: 'avoid',
    text: 'With a fever, a spine injection must wait until a doctor has ruled out an infection.',
    sources: ['nhs_steroid_injections'],
  },
  {
    id: 'steroid_injection_diabetes', appliesTo: ['knee_steroid_injection', 'epidural_steroid_injection'], when: { anyOf: ['diabetes'] }, severity: 'ask_doctor',
    text: 'A steroid injection can raise your blood sugar for a few days. Tell the doctor about your diabetes, and check your sugar more often afterwards.',
    sources: ['nhs_steroid_injections'],
  },
  {
    id: 'epidural_anticoagulant', appliesTo: ['epidural_steroid_injection'], when: { anyOf: ['takes_anticoagulant'] }, severity: 'ask_doctor',
    text: 'With a blood thinner, an injection in the spine can cause bleeding around the nerves. The specialist plans whether and when to pause it. Never stop a blood thinner on your own.',
    sources: ['asra_spine_2018'],
  },

  // Spinal manipulation
  {
    id: 'manipulation_red_flag', appliesTo: ['spinal_manipulation'], when: { redFlags: 'any' }, severity: 'avoid',
    text: 'Not while a warning sign is not explained. Have a doctor check it first.',
    sources: ['who_chiropractic_2005', 'nice_ng59'],
  },
  {
    id: 'manipulation_osteoporosis', appliesTo: ['spinal_manipulation'], when: { anyOf: ['osteoporosis_or_long_term_steroids'] }, severity: 'avoid',
    text: 'With thin bones (osteoporosis) or steroid tablets taken for a long time, forceful manipulation can break a bone in the spine. Avoid it: gentle exercise is safer.',
    sources: ['who_chiropractic_2005'],
  },
  {
    id: 'manipulation_anticoagulant', appliesTo: ['spinal_manipulation'], when: { anyOf: ['takes_anticoagulant'] }, severity: 'ask_doctor',
    text: 'With a blood thinner, spinal manipulation has a higher risk of bleeding. Ask your doctor first and tell the therapist.',
    sources: ['who_chiropractic_2005'],
  },

  // Acupuncture
  {
    id: 'acupuncture_anticoagulant', appliesTo: ['acupuncture'], when: { anyOf: ['takes_anticoagulant'] }, severity: 'ask_doctor',
    text: 'With a blood thinner, needles can cause bleeding or bruising. Talk to your doctor before acupuncture, and tell the therapist.',
    sources: ['nhs_acupuncture'],
  },
  {
    id: 'acupuncture_pregnancy', appliesTo: ['acupuncture'], when: { anyOf: ['pregnant'] }, severity: 'note',
    text: 'Tell the therapist you are pregnant: some points are not used in pregnancy.',
    sources: ['nhs_acupuncture'],
  },

  // Massage
  {
    id: 'massage_swollen_calf', appliesTo: ['massage'], when: { anyOf: ['calf_swelling', 'calf_tenderness'] }, severity: 'avoid',
    text: 'A swollen or tender calf can be a blood clot. Do not have the leg massaged. Have the calf checked today.',
    sources: ['nice_ng158', 'wells_2003'],
  },
  {
    id: 'massage_red_flag', appliesTo: ['massage'], when: { redFlags: 'any' }, severity: 'ask_doctor',
    text: 'Have a doctor check the warning sign before any hands-on treatment.',
    sources: ['nice_ng59'],
  },

  // Heat
  {
    id: 'heat_hot_knee', appliesTo: ['heat'], when: { anyOf: ['knee_hot_red'] }, severity: 'avoid',
    text: 'Do not put heat on a hot, red or swollen knee. Heat feeds the swelling, and a hot knee needs to be checked for infection first.',
    sources: ['nadler_2004', 'bsr_hot_joint_2006'],
  },
  {
    id: 'heat_fresh_swelling', appliesTo: ['heat'], when: { anyOf: ['knee_swelling', 'knee_swelling_within_hours_of_injury', 'recent_knee_injury'], maxDurationDays: 14 }, severity: 'note',
    text: 'While an injury is new or the knee is swollen, use ice, not heat. Heat only helps once the first swelling has settled.',
    sources: ['article', 'nadler_2004'],
  },
  {
    id: 'heat_reduced_sensation', appliesTo: ['heat'], when: { anyOf: ['numbness_tingling', 'diabetes'] }, severity: 'note',
    text: 'Where the skin feels less (numbness, or nerve damage from diabetes), heat can burn you without you noticing. Use it warm, not hot, for short spells, with a layer between, and check the skin.',
    sources: ['nadler_2004'],
  },

  // Ice
  {
    id: 'ice_reduced_sensation', appliesTo: ['ice'], when: { anyOf: ['numbness_tingling', 'diabetes'] }, severity: 'note',
    text: 'Numb skin cannot warn you of a cold burn. Always wrap the ice, keep to 15 to 20 minutes, check the skin, and keep it off areas that feel numb.',
    sources: ['nadler_2004', 'nhs_knee_pain'],
  },
  {
    id: 'ice_poor_circulation', appliesTo: ['ice'], when: { anyOf: ['calf_pain_walking_eased_by_standing', 'leg_cold_pale'] }, severity: 'ask_doctor',
    text: 'If the blood flow to the leg may be poor, do not use ice on it until a doctor has checked it. Cold narrows the blood vessels even more.',
    sources: ['nadler_2004', 'cks_pad'],
  },

  // Exercise
  {
    id: 'exercise_nerve_symptoms', appliesTo: EXERCISE, when: { anyOf: ['leg_weakness', 'numbness_tingling', 'foot_drop', 'neuro_worsening'] }, severity: 'note',
    text: 'Stop, and get help the same day, if weakness or numbness starts, spreads or gets worse while you exercise.',
    sources: ['nice_ng59', 'cks_sciatica'],
  },
  {
    id: 'exercise_red_flag', appliesTo: EXERCISE, when: { redFlags: 'any' }, severity: 'ask_doctor',
    text: 'Wait to start or change your exercises until a doctor has checked the warning sign.',
    sources: ['nice_ng59', 'nice_ng226'],
  },

  // Weight loss
  {
    id: 'weight_loss_pregnancy', appliesTo: ['weight_loss'], when: { anyOf: ['pregnant'] }, severity: 'avoid',
    text: 'Do not try to lose weight while pregnant. Ask your midwife or doctor about healthy eating and staying active instead.',
    sources: ['nice_ph27'],
  },
] as const satisfies readonly CautionInfo[];

export type CautionId = (typeof list)[number]['id'];
export const CAUTIONS: readonly CautionInfo[] = list;
export const CAUTION_BY_ID = indexById<(typeof list)[number], CautionInfo>(list);
export const CAUTION_IDS: readonly CautionId[] = list.map((c) => c.id);

/** The cautions of each option, in the order above (every option has an entry, maybe empty). */
export const CAUTION_IDS_BY_OPTION: Readonly<Record<TreatmentOptionId, readonly CautionId[]>> = (() => {
  const out = {} as Record<TreatmentOptionId, CautionId[]>;
  for (const o of TREATMENT_OPTION_IDS) out[o] = [];
  for (const c of list) for (const o of c.appliesTo) out[o].push(c.id);
  return out;
})();
