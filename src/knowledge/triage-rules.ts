/**
 * The red-flag and triage rules, as sourced data. A rule that names a `redFlag` raises that red
 * flag at its level; the others are the article's "when to see a doctor" turned into policy
 * (CONTRACT.md). The final level is the most urgent level of all the rules that fire, and
 * `self_care` only when none fires.
 */
import { all, any, anyYes, notNo, yes, type Cond } from './conditions.js';
import type { RedFlagId } from './red-flags.js';
import type { SourceId } from './sources.js';
import type { TriageLevel } from './triage-levels.js';

export interface TriageRule {
  readonly id: string;
  readonly level: TriageLevel;
  readonly redFlag?: RedFlagId;
  readonly when: Cond;
  /** Why, in plain words, shown to the person. */
  readonly reason: string;
  readonly sources: readonly SourceId[];
}

// Shared pictures the rules test for.
const backPain: Cond = any(yes('low_back_pain'), { painAtLeast: 1, site: 'back', ifUnknown: false });
const backOrLegPain: Cond = any(
  backPain,
  anyYes('buttock_pain', 'leg_pain_to_knee', 'leg_pain_below_knee', 'leg_pain_both_sides', 'numbness_tingling', 'leg_weakness', 'foot_drop'),
  { painAtLeast: 1, site: 'leg', ifUnknown: false },
);
const kneeInjury: Cond = anyYes('recent_knee_injury', 'high_energy_trauma');
const legSymptoms: Cond = anyYes('leg_pain_below_knee', 'leg_pain_to_knee', 'leg_pain_both_sides', 'numbness_tingling', 'leg_weakness', 'foot_drop', 'neuro_worsening');
const infectionRisk: Cond = anyYes('fever', 'feels_very_unwell', 'knee_replacement', 'recent_joint_injection', 'immunosuppressed', 'injects_drugs');
const clotRisk: Cond = anyYes('calf_swelling', 'calf_tenderness', 'recent_surgery_or_immobility', 'previous_dvt_or_pe', 'cancer_active');
/** Ottawa knee rule: validated for injuries of the last week, when age alone already counts. */
const acuteInjury: Cond = all(kneeInjury, { durationAtMost: 7, ifUnknown: true });

const list = [
  // --- emergencies -------------------------------------------------------------------------
  {
    id: 'ces_sphincter_or_saddle', level: 'emergency', redFlag: 'cauda_equina_syndrome',
    when: all(backOrLegPain, anyYes('saddle_numbness', 'bladder_change', 'bowel_change', 'sexual_change')),
    reason: 'New saddle numbness, or a change in bladder, bowel or sexual function, with back or leg pain.',
    sources: ['girft_ces_2023', 'cks_sciatica'],
  },
  {
    id: 'ces_saddle_numbness', level: 'emergency', redFlag: 'cauda_equina_syndrome',
    when: yes('saddle_numbness'),
    reason: 'New numbness in the saddle area.',
    sources: ['girft_ces_2023'],
  },
  {
    id: 'ces_bilateral_deficit', level: 'emergency', redFlag: 'cauda_equina_syndrome',
    when: yes('both_legs_numb_or_weak'),
    reason: 'Numbness or weakness in both legs.',
    sources: ['girft_ces_2023', 'cks_sciatica'],
  },
  {
    id: 'pe_chest_symptoms', level: 'emergency_ambulance', redFlag: 'pulmonary_embolism',
    when: all(yes('chest_pain_or_breathless'), any(clotRisk, anyYes('knee_pain', 'calf_pain', 'leg_pain_below_knee'), { painAtLeast: 1, site: 'leg', ifUnknown: false })),
    reason: 'New chest pain, breathlessness or coughing blood with a painful or swollen leg or a reason for clots.',
    sources: ['nice_ng158'],
  },
  {
    id: 'chest_symptoms_alone', level: 'emergency_ambulance', redFlag: 'pulmonary_embolism',
    when: yes('chest_pain_or_breathless'),
    reason: 'New chest pain, breathlessness or coughing blood always needs the emergency services.',
    sources: ['nice_ng158'],
  },
  {
    id: 'acute_limb_ischaemia', level: 'emergency_ambulance', redFlag: 'acute_limb_ischaemia',
    when: yes('leg_cold_pale'),
    reason: 'A leg or foot that has suddenly become cold, pale or blue with severe pain.',
    sources: ['acute_limb_ischaemia'],
  },
  {
    id: 'knee_dislocation', level: 'emergency', redFlag: 'knee_dislocation',
    when: all(yes('knee_deformity'), kneeInjury),
    reason: 'A knee that looks deformed or out of place after an injury.',
    sources: ['cks_knee_pain', 'nhs_knee_pain'],
  },
  {
    id: 'septic_knee_high_risk', level: 'emergency', redFlag: 'septic_arthritis',
    when: all(any(yes('knee_hot_red'), all(yes('knee_swelling'), anyYes('fever', 'knee_replacement'))), infectionRisk),
    reason: 'A hot or swollen knee with a fever, feeling very unwell, a knee replacement, a recent injection or operation, a weak immune system or injected drugs.',
    sources: ['cks_septic_arthritis', 'bsr_hot_joint_2006'],
  },
  {
    id: 'spinal_infection_high_risk', level: 'emergency', redFlag: 'spinal_infection',
    when: all(backPain, yes('fever'), anyYes('injects_drugs', 'immunosuppressed', 'recent_spinal_procedure', 'feels_very_unwell')),
    reason: 'Back pain with a fever and drug injection, a weak immune system, a recent spinal procedure, or feeling very unwell.',
    sources: ['nice_ng59', 'cks_back_pain'],
  },
  {
    id: 'spinal_fracture_high_energy', level: 'emergency', redFlag: 'spinal_fracture',
    when: all(backPain, yes('high_energy_trauma')),
    reason: 'Back pain after a high-energy injury.',
    sources: ['nice_ng59', 'cks_back_pain'],
  },
  {
    id: 'knee_fracture_high_energy', level: 'emergency', redFlag: 'knee_fracture',
    when: all(yes('high_energy_trauma'), anyYes('cannot_bear_weight', 'knee_deformity', 'cannot_flex_90')),
    reason: 'A high-energy injury and the leg cannot take weight or bend.',
    sources: ['ottawa_knee_1995', 'cks_knee_pain'],
  },

  // --- today (within 24 hours) ----------------------------------------------------------------
  {
    id: 'septic_hot_knee', level: 'consultation_24', redFlag: 'septic_arthritis',
    when: all(yes('knee_hot_red'), notNo('knee_swelling')),
    reason: 'A hot or red, swollen knee is treated as infected until proven otherwise, even without a fever.',
    sources: ['bsr_hot_joint_2006', 'cks_septic_arthritis'],
  },
  {
    id: 'septic_swollen_feverish_knee', level: 'consultation_24', redFlag: 'septic_arthritis',
    when: all(yes('knee_swelling'), anyYes('fever', 'feels_very_unwell')),
    reason: 'A swollen knee with a fever or feeling very unwell.',
    sources: ['cks_septic_arthritis', 'bsr_hot_joint_2006'],
  },
  {
    id: 'hot_red_knee', level: 'consultation_24',
    when: yes('knee_hot_red'),
    reason: 'A hot or red knee can be an infection of the joint or the skin and should be seen today.',
    sources: ['bsr_hot_joint_2006', 'cks_knee_pain'],
  },
  {
    id: 'dvt_swollen_calf', level: 'consultation_24', redFlag: 'deep_vein_thrombosis',
    when: yes('calf_swelling'),
    reason: 'One swollen calf or lower leg needs a same-day check for a blood clot.',
    sources: ['nice_ng158', 'wells_2003'],
  },
  {
    id: 'dvt_tender_calf_with_risk', level: 'consultation_24', redFlag: 'deep_vein_thrombosis',
    // Two-level Wells: tenderness along the deep veins plus one more item makes DVT "likely".
    when: all(yes('calf_tenderness'), anyYes('recent_surgery_or_immobility', 'previous_dvt_or_pe', 'cancer_active', 'calf_swelling')),
    reason: 'A tender calf with a reason for clots (recent surgery, a cast, bed rest or a long journey, a past clot, active cancer).',
    sources: ['nice_ng158', 'wells_2003'],
  },
  {
    id: 'ottawa_cannot_bear_weight', level: 'consultation_24', redFlag: 'knee_fracture',
    when: all(kneeInjury, yes('cannot_bear_weight')),
    reason: 'After a knee injury you cannot take four steps (Ottawa knee rule).',
    sources: ['ottawa_knee_1995', 'bachmann_2004'],
  },
  {
    id: 'ottawa_bony_tenderness', level: 'consultation_24', redFlag: 'knee_fracture',
    when: all(kneeInjury, anyYes('kneecap_tenderness', 'fibular_head_tenderness', 'cannot_flex_90')),
    reason: 'After a knee injury: tenderness of the kneecap or of the bony bump below the outer knee, or the knee cannot bend to a right angle (Ottawa knee rule).',
    sources: ['ottawa_knee_1995', 'bachmann_2004'],
  },
  {
    id: 'ottawa_age', level: 'consultation_24', redFlag: 'knee_fracture',
    when: all(acuteInjury, { ageAtLeast: 55 }),
    reason: 'A knee injury in the last week at age 55 or over (Ottawa knee rule).',
    sources: ['ottawa_knee_1995', 'bachmann_2004'],
  },
  {
    id: 'haemarthrosis', level: 'consultation_24', redFlag: 'haemarthrosis_ligament_injury',
    when: all(
      any(yes('knee_swelling_within_hours_of_injury'), all(yes('injury_pop'), yes('knee_swelling'))),
      { durationAtMost: 14, ifUnknown: true },
    ),
    reason: 'A pop and swelling within hours of an injury suggest bleeding inside the knee, most often from a torn ligament.',
    sources: ['cks_knee_pain', 'nhs_knee_pain'],
  },
  {
    id: 'locked_knee', level: 'consultation_24', redFlag: 'locked_knee',
    when: yes('knee_locked'),
    reason: 'The knee is stuck and cannot be straightened.',
    sources: ['cks_knee_pain'],
  },
  {
    id: 'spinal_fracture_fragile_bone', level: 'consultation_24', redFlag: 'spinal_fracture',
    when: all(backPain, yes('recent_back_trauma'), any(yes('osteoporosis_or_long_term_steroids'), { ageAtLeast: 70 })),
    reason: 'Back pain after a fall or blow with thin bones (osteoporosis, long-term steroids, or age 70 or over).',
    sources: ['nice_ng59', 'cks_back_pain'],
  },
  {
    id: 'spinal_infection', level: 'consultation_24', redFlag: 'spinal_infection',
    when: all(backPain, yes('fever')),
    reason: 'Back pain with a fever.',
    sources: ['nice_ng59', 'cks_back_pain'],
  },
  {
    id: 'spinal_malignancy_with_leg_symptoms', level: 'consultation_24', redFlag: 'spinal_malignancy',
    when: all(backPain, any(yes('cancer_history'), yes('cancer_active'), all(yes('weight_loss_unexplained'), yes('night_pain'))), legSymptoms),
    reason: 'Back pain with a history of cancer (or weight loss and night pain) and leg pain, numbness or weakness: same day (NICE NG234).',
    sources: ['nice_ng234', 'nice_cg75'],
  },
  {
    id: 'progressive_deficit', level: 'consultation_24', redFlag: 'progressive_neurological_deficit',
    when: anyYes('foot_drop', 'neuro_worsening'),
    reason: 'Foot drop, or weakness or numbness that is getting worse.',
    sources: ['nice_ng59', 'cks_sciatica'],
  },
  {
    id: 'worsening_weakness', level: 'consultation_24', redFlag: 'progressive_neurological_deficit',
    when: all(yes('leg_weakness'), { courseIn: ['worsening'], ifUnknown: false }),
    reason: 'Leg weakness while things are getting worse.',
    sources: ['nice_ng59', 'cks_sciatica'],
  },
  {
    id: 'cannot_bear_weight', level: 'consultation_24',
    when: yes('cannot_bear_weight'),
    reason: 'You cannot take weight on the leg: loss of mobility needs checking today, injury or not.',
    sources: ['nhs_knee_pain', 'article'],
  },
  {
    id: 'cannot_bend_recent', level: 'consultation_24',
    when: all(yes('cannot_flex_90'), { durationAtMost: 14, ifUnknown: true }),
    reason: 'The knee has recently lost the ability to bend to a right angle.',
    sources: ['nhs_knee_pain', 'article'],
  },
  {
    id: 'deformed_knee', level: 'consultation_24',
    when: yes('knee_deformity'),
    reason: 'A knee that looks deformed or out of place needs checking today.',
    sources: ['cks_knee_pain'],
  },
  {
    id: 'child_knee_pain_limp', level: 'consultation_24',
    when: all({ ageBelow: 18 }, anyYes('knee_pain', 'limping', 'cannot_bear_weight'), anyYes('limping', 'cannot_bear_weight', 'groin_pain', 'hip_movement_pain')),
    reason: 'A child or teenager with knee pain and a limp needs a same-day check of the hip, which can cause knee pain.',
    sources: ['nice_cg177_slipped', 'cks_knee_pain'],
  },
  {
    id: 'unwell_with_fever', level: 'consultation_24',
    when: all(yes('fever'), yes('feels_very_unwell')),
    reason: 'A fever while feeling very unwell should be seen today.',
    sources: ['cks_septic_arthritis'],
  },
  {
    id: 'severe_worsening_pain', level: 'consultation_24',
    when: all({ painAtLeast: 8, ifUnknown: false }, { courseIn: ['worsening'], ifUnknown: false }),
    reason: 'Severe pain (8 or more out of 10) that is getting worse.',
    sources: ['article', 'nhs_knee_pain'],
  },

  // --- book an appointment ------------------------------------------------------------------
  {
    id: 'spinal_malignancy', level: 'consultation', redFlag: 'spinal_malignancy',
    when: all(backPain, any(yes('cancer_history'), yes('cancer_active'), all(yes('weight_loss_unexplained'), yes('night_pain')))),
    reason: 'Back pain with a history of cancer, or with unexplained weight loss and night pain, needs checking soon.',
    sources: ['nice_ng234', 'nice_cg75', 'nice_ng59'],
  },
  {
    id: 'nerve_symptoms', level: 'consultation',
    when: anyYes('numbness_tingling', 'leg_weakness', 'reflex_reduced'),
    reason: 'Numbness, tingling or weakness in the leg points to a nerve and needs a professional assessment.',
    sources: ['article', 'cks_sciatica'],
  },
  {
    id: 'radiating_pain', level: 'consultation',
    when: anyYes('leg_pain_below_knee', 'leg_pain_to_knee', 'leg_pain_both_sides', 'walking_leg_pain_eased_by_sitting', 'straight_leg_raise_positive'),
    reason: 'Pain that radiates from the back or buttock down the leg could be sciatica.',
    sources: ['article', 'nice_ng59'],
  },
  {
    id: 'swelling', level: 'consultation',
    when: anyYes('knee_swelling', 'knee_swelling_within_hours_of_injury'),
    reason: 'Swelling of the knee needs an assessment.',
    sources: ['article', 'nhs_knee_pain'],
  },
  {
    id: 'recent_injury', level: 'consultation',
    when: anyYes('recent_knee_injury', 'recent_back_trauma', 'injury_pop', 'high_energy_trauma'),
    reason: 'Pain after a fall, accident or sports injury should be checked for fractures or ligament damage.',
    sources: ['article', 'ottawa_knee_1995'],
  },
  {
    id: 'history_conditions', level: 'consultation',
    when: anyYes('history_knee_osteoarthritis', 'history_inflammatory_arthritis', 'history_gout', 'history_disc_herniation', 'history_spinal_stenosis'),
    reason: 'With a history of arthritis, a herniated disc or spinal stenosis, see a clinician sooner rather than later.',
    sources: ['article'],
  },
  {
    id: 'mechanical_knee_symptoms', level: 'consultation',
    when: anyYes('knee_catching', 'knee_giving_way', 'knee_stiffness_morning_long', 'cannot_flex_90'),
    reason: 'A knee that catches, gives way, stays stiff for long in the morning or cannot bend fully needs an assessment.',
    sources: ['cks_knee_pain', 'nhs_knee_pain'],
  },
  {
    id: 'vascular_or_nerve_walking_pain', level: 'consultation',
    when: anyYes('calf_pain_walking_eased_by_standing', 'calf_tenderness'),
    reason: 'Calf pain on walking or a tender calf needs checking.',
    sources: ['cks_pad', 'nice_ng158'],
  },
  {
    id: 'systemic_features', level: 'consultation',
    when: anyYes('night_pain', 'weight_loss_unexplained', 'fever', 'feels_very_unwell', 'cancer_active', 'bladder_change', 'bowel_change', 'sexual_change'),
    reason: 'Night pain, weight loss, a fever, feeling unwell, or a change in bladder, bowel or sexual function alongside the pain needs a doctor to look.',
    sources: ['nice_ng59', 'nice_ng234'],
  },
  {
    id: 'prosthetic_or_recent_procedure', level: 'consultation',
    when: anyYes('knee_replacement', 'recent_joint_injection', 'recent_spinal_procedure'),
    reason: 'New pain in a replaced knee or after a recent procedure should be reviewed by the team that did it.',
    sources: ['cks_septic_arthritis', 'cks_knee_pain'],
  },
  {
    id: 'hip_or_pregnancy', level: 'consultation',
    when: anyYes('groin_pain', 'hip_movement_pain', 'pregnant', 'limping'),
    reason: 'Hip pain, a limp, or pain in pregnancy deserves a professional assessment.',
    sources: ['cks_knee_pain', 'nhs_sciatica'],
  },
  {
    id: 'persistent_pain', level: 'consultation',
    // Self-care only for a short episode (a few days) that is improving or mild.
    when: any(
      { durationAbove: 7, ifUnknown: true },
      all({ courseIn: ['stable', 'worsening'], ifUnknown: true }, { painAtLeast: 4, ifUnknown: true }),
      { courseIn: ['worsening'], ifUnknown: false },
    ),
    reason: 'Pain that has lasted more than a few days without improving should be checked.',
    sources: ['article', 'nhs_knee_pain'],
  },
] as const satisfies readonly TriageRule[];

export const TRIAGE_RULES: readonly TriageRule[] = list;
export type TriageRuleId = (typeof list)[number]['id'];
