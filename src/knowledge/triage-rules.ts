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
const backPain: Cond = any(yes('low_back_pain'), yes('thoracic_back_pain'), { painAtLeast: 1, site: 'back', ifUnknown: false });
const backOrLegPain: Cond = any(
  backPain,
  // The body map's leg areas count too: a person ticks where it hurts before the radiating questions.
  anyYes('buttock_pain', 'thigh_pain', 'calf_pain', 'foot_pain', 'leg_pain_to_knee', 'leg_pain_below_knee', 'leg_pain_both_sides', 'numbness_tingling', 'leg_weakness', 'foot_drop'),
  { painAtLeast: 1, site: 'leg', ifUnknown: false },
);
const kneePain: Cond = any(anyYes('knee_pain', 'knee_swelling', 'knee_hot_red'), { painAtLeast: 1, site: 'knee', ifUnknown: false });
const kneeInjury: Cond = anyYes('recent_knee_injury', 'high_energy_trauma');
const legSymptoms: Cond = anyYes('leg_pain_below_knee', 'leg_pain_to_knee', 'leg_pain_both_sides', 'numbness_tingling', 'leg_weakness', 'foot_drop', 'neuro_worsening', 'both_legs_numb_or_weak');
const infectionRisk: Cond = anyYes('fever', 'feels_very_unwell', 'knee_replacement', 'recent_joint_injection', 'immunosuppressed', 'injects_drugs');
/** Pregnancy and the 6 weeks after birth count as clot risk everywhere (RCOG Green-top 37a). */
const pregnancyOrPostpartum: Cond = anyYes('pregnant', 'postpartum');
const clotRisk: Cond = any(anyYes('calf_swelling', 'calf_tenderness', 'recent_surgery_or_immobility', 'previous_dvt_or_pe', 'cancer_active'), pregnancyOrPostpartum);
/** Ottawa knee rule: validated for injuries of the last week, when age alone already counts. */
const acuteInjury: Cond = all(kneeInjury, { durationAtMost: 7, ifUnknown: true });
/**
 * Leg symptoms that are new or changing (Amendment 1): said so, or getting worse, or not denied as
 * new while the pain is recent or its course unknown. Only "not new, for over 3 months, and not
 * getting worse" counts as long-standing, so an unanswered question never lowers the urgency.
 */
const newOrWorsening: Cond = any(
  anyYes('leg_symptoms_new', 'neuro_worsening'),
  { courseIn: ['worsening'], ifUnknown: false },
  all(notNo('leg_symptoms_new'), any({ durationAtMost: 90, ifUnknown: true }, { courseIn: ['worsening'], ifUnknown: true })),
);
/** NICE CG75/NG234: spinal pain suggestive of metastases in a person with cancer. */
const cancer: Cond = anyYes('cancer_history', 'cancer_active');
const metastaticPainFeatures: Cond = any(
  anyYes('night_pain', 'thoracic_back_pain', 'pain_worse_cough_sneeze'),
  { courseIn: ['worsening'], ifUnknown: false },
  { painAtLeast: 7, site: 'back', ifUnknown: false },
);
/** New back pain: not yet chronic (under 12 weeks, as NG59 and ACP 2017 define chronic); unknown counts as new. */
const newBackPain: Cond = { durationAtMost: 84, ifUnknown: true };
const suspectedSpinalMetastases: Cond = any(
  all(cancer, metastaticPainFeatures),
  all(yes('weight_loss_unexplained'), { ageAtLeast: 50 }, newBackPain),
  all(yes('weight_loss_unexplained'), yes('night_pain')),
);
const spinalInfectionRisk: Cond = anyYes('injects_drugs', 'immunosuppressed', 'recent_spinal_procedure');
/**
 * Still settling (NHS self-care advice for back pain, sciatica and knee pain): not getting worse,
 * not very severe, improving within about three weeks or no worse within two. An unknown duration
 * or course does not count as settling.
 */
/** Holds only when the duration is unknown (durations are at most 36,500 days). */
const durationNotGiven: Cond = { durationAbove: 36500, ifUnknown: true };
const notSettling: Cond = any(
  durationNotGiven,
  { durationAbove: 21, ifUnknown: false },
  { courseIn: ['worsening'], ifUnknown: false },
  { painAtLeast: 7, ifUnknown: false },
  all({ courseIn: ['stable', 'worsening'], ifUnknown: true }, { durationAbove: 14, ifUnknown: false }),
);
/** A short episode that is clearly improving (NHS sciatica; minor sprains): within two weeks, improving, not severe. */
const notClearlyImproving: Cond = any(
  notSettling,
  { durationAbove: 14, ifUnknown: true },
  { courseIn: ['stable', 'worsening'], ifUnknown: true },
);
const child: Cond = { ageBelow: 16 };

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
    // Amendment 1: long-standing, unchanged numbness of both feet is a neuropathy picture, not
    // cauda equina; new or worsening numbness or weakness in both legs is an emergency.
    id: 'ces_bilateral_deficit', level: 'emergency', redFlag: 'cauda_equina_syndrome',
    when: all(yes('both_legs_numb_or_weak'), newOrWorsening),
    reason: 'New or worsening numbness or weakness in both legs.',
    sources: ['girft_ces_2023', 'nhs_sciatica', 'cks_sciatica'],
  },
  {
    id: 'ces_bilateral_sciatica', level: 'emergency', redFlag: 'cauda_equina_syndrome',
    when: all(yes('leg_pain_both_sides'), any(backPain, anyYes('leg_pain_below_knee', 'leg_pain_to_knee', 'buttock_pain')), newOrWorsening),
    reason: 'Sciatica in both legs, or moving from one leg to the other, that is new or getting worse. This can be an early sign of cauda equina syndrome. It counts even without numbness or bladder changes.',
    sources: ['nhs_sciatica', 'girft_ces_2023'],
  },
  {
    id: 'pe_chest_symptoms', level: 'emergency_ambulance', redFlag: 'pulmonary_embolism',
    when: all(yes('chest_pain_or_breathless'), any(clotRisk, anyYes('knee_pain', 'calf_pain', 'leg_pain_below_knee'), { painAtLeast: 1, site: 'leg', ifUnknown: false })),
    reason: 'New chest pain, breathlessness or coughing blood with a painful or swollen leg or a reason for clots.',
    sources: ['nhs_dvt', 'nice_ng158'],
  },
  {
    id: 'chest_symptoms_alone', level: 'emergency_ambulance', redFlag: 'pulmonary_embolism',
    when: yes('chest_pain_or_breathless'),
    reason: 'New chest pain, breathlessness or coughing blood always needs the emergency services.',
    sources: ['nhs_dvt', 'nhs_back_pain'],
  },
  {
    id: 'acute_limb_ischaemia', level: 'emergency_ambulance', redFlag: 'acute_limb_ischaemia',
    when: yes('leg_cold_pale'),
    reason: 'A leg or foot that has suddenly become cold, pale or blue with severe pain.',
    sources: ['nhs_highland_vascular', 'acute_limb_ischaemia'],
  },
  {
    id: 'knee_dislocation', level: 'emergency', redFlag: 'knee_dislocation',
    when: all(yes('knee_deformity'), kneeInjury),
    reason: 'A knee that looks deformed or out of place after an injury.',
    sources: ['cks_knee_pain', 'nhs_knee_pain'],
  },
  {
    // A dislocated knee often goes back by itself; the artery behind it may still be torn.
    id: 'knee_dislocation_neurovascular', level: 'emergency', redFlag: 'knee_dislocation',
    when: all(yes('high_energy_trauma'), any(kneePain, yes('recent_knee_injury')), anyYes('numbness_tingling', 'leg_weakness', 'foot_drop', 'leg_cold_pale', 'knee_giving_way')),
    reason: 'A high-energy knee injury with a leg that is numb, weak, cold or unstable, even if the knee now looks normal: the knee may have dislocated and gone back, and the blood vessels behind it need checking now.',
    sources: ['boyce_knee_dislocation_2015'],
  },
  {
    id: 'compartment_syndrome', level: 'emergency', redFlag: 'compartment_syndrome',
    when: yes('compartment_signs'),
    reason: 'After an injury, a broken bone, an operation or a plaster cast: pain far worse than expected, pain on moving the toes or foot, or a tight, swollen calf or thigh.',
    sources: ['boast_10_compartment'],
  },
  {
    id: 'septic_knee_high_risk', level: 'emergency', redFlag: 'septic_arthritis',
    when: all(any(yes('knee_hot_red'), all(yes('knee_swelling'), anyYes('fever', 'knee_replacement'))), infectionRisk),
    reason: 'A hot or swollen knee, and one of these: a fever, feeling very unwell, a knee replacement, a recent injection or operation, a weak immune system, or injected drugs.',
    sources: ['cks_septic_arthritis', 'bsr_hot_joint_2006'],
  },
  {
    // Amendment 1: fever or feeling very unwell is enough in a replaced or recently injected knee,
    // a weak immune system or injected drugs, whether or not heat or swelling were noticed.
    id: 'septic_knee_risk_unwell', level: 'emergency', redFlag: 'septic_arthritis',
    when: all(kneePain, anyYes('fever', 'feels_very_unwell'), anyYes('knee_replacement', 'recent_joint_injection', 'immunosuppressed', 'injects_drugs')),
    reason: 'Knee pain with a fever or feeling very unwell. And one of these too: a replaced knee, a recent injection or operation, a weak immune system, or injected drugs.',
    sources: ['bsr_hot_joint_2006', 'cks_septic_arthritis'],
  },
  {
    // Sepsis may come without a high temperature (NICE sepsis guidance); local NHS criteria send
    // "systemically unwell with new knee pain" to the emergency department.
    id: 'sepsis_with_knee_pain', level: 'emergency', redFlag: 'septic_arthritis',
    when: all(kneePain, yes('feels_very_unwell'), { durationAtMost: 84, ifUnknown: true }),
    reason: 'New knee pain while feeling very unwell, with or without a fever: possible sepsis from an infected joint.',
    sources: ['nice_ng253', 'kernow_acute_knee', 'cks_septic_arthritis'],
  },
  {
    id: 'child_limp_with_fever', level: 'emergency', redFlag: 'septic_arthritis',
    when: all(child, any(kneePain, anyYes('limping', 'cannot_bear_weight', 'hip_movement_pain', 'groin_pain')), yes('fever')),
    reason: 'A child under 16 with knee or hip pain, or a limp, and a fever: an infected hip or knee must be ruled out now.',
    sources: ['qld_paediatric_limp', 'nice_cg177_slipped'],
  },
  {
    // NICE CG75/NG234: cancer with spinal pain and leg pain, numbness or weakness is an oncological emergency.
    id: 'spinal_cord_compression_cancer', level: 'emergency', redFlag: 'spinal_malignancy',
    when: all(backPain, any(cancer, suspectedSpinalMetastases), legSymptoms),
    reason: 'Back pain with cancer now or in the past, or weight loss with no clear reason. And leg pain, numbness or weakness. The spinal cord or nerves may be pressed on.',
    sources: ['nice_ng234', 'nice_cg75'],
  },
  {
    // An abscess pressing on the nerves: fever is absent in up to two thirds of epidural abscesses.
    id: 'spinal_infection_with_deficit', level: 'emergency', redFlag: 'spinal_infection',
    when: all(backPain, spinalInfectionRisk, any(yes('night_pain'), newBackPain), anyYes('leg_weakness', 'foot_drop', 'neuro_worsening', 'both_legs_numb_or_weak')),
    reason: 'New back pain with leg weakness, or numbness or weakness that is getting worse, in someone who injects drugs, has a weak immune system or had a recent spinal procedure: an infection may be pressing on the nerves, even without a fever.',
    sources: ['cks_back_pain', 'nice_ng59'],
  },
  {
    id: 'spinal_infection_high_risk', level: 'emergency', redFlag: 'spinal_infection',
    when: all(backPain, yes('fever'), anyYes('injects_drugs', 'immunosuppressed', 'recent_spinal_procedure', 'feels_very_unwell')),
    reason: 'Back pain with a fever and drug injection, a weak immune system, a recent spinal procedure, or feeling very unwell.',
    sources: ['nhs_back_pain', 'cks_back_pain'],
  },
  {
    id: 'spinal_fracture_high_energy', level: 'emergency', redFlag: 'spinal_fracture',
    when: all(backPain, yes('high_energy_trauma')),
    reason: 'Back pain after a high-energy injury.',
    sources: ['nhs_back_pain', 'cks_back_pain'],
  },
  {
    id: 'knee_fracture_high_energy', level: 'emergency', redFlag: 'knee_fracture',
    when: all(yes('high_energy_trauma'), anyYes('cannot_bear_weight', 'knee_deformity', 'cannot_flex_90')),
    reason: 'A high-energy injury and the leg cannot take weight or bend.',
    sources: ['ottawa_knee_1995', 'cks_knee_pain'],
  },

  // --- today (within 24 hours) ----------------------------------------------------------------
  {
    id: 'high_energy_knee_injury', level: 'emergency',
    when: all(yes('high_energy_trauma'), any(kneePain, yes('recent_knee_injury'))),
    reason: 'A hard knee injury needs checking now, even if the knee seems all right. This means a road crash, a fall from a height or a fast sports crash. A knee that came out of joint and went back, or a broken bone, can hide.',
    sources: ['boyce_knee_dislocation_2015', 'kernow_acute_knee'],
  },
  {
    id: 'fever_with_new_knee_pain', level: 'consultation_24',
    when: all(kneePain, yes('fever'), { durationAtMost: 84, ifUnknown: true }),
    reason: 'New knee pain with a fever needs a same-day check for an infected joint, even if the knee does not look hot or swollen.',
    sources: ['cks_septic_arthritis', 'bsr_hot_joint_2006'],
  },
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
    // NICE NG158: even when the Wells score says "DVT unlikely", a D-dimer is needed within hours.
    id: 'dvt_tender_calf', level: 'consultation_24', redFlag: 'deep_vein_thrombosis',
    when: yes('calf_tenderness'),
    reason: 'A tender or painful calf needs a same-day check for a blood clot, even without another reason for clots.',
    sources: ['nice_ng158', 'wells_2003'],
  },
  {
    id: 'dvt_pregnancy', level: 'consultation_24', redFlag: 'deep_vein_thrombosis',
    when: all(pregnancyOrPostpartum, anyYes('calf_swelling', 'calf_tenderness', 'calf_pain')),
    reason: 'A swollen, tender or painful calf in pregnancy or in the 6 weeks after birth: a clot must be tested for quickly and treated until it is ruled out.',
    sources: ['rcog_gtg37b', 'nice_ng158'],
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
    reason: 'After a knee injury, the kneecap is tender, or the bony bump below the outer knee is. Or the knee cannot bend to a right angle (Ottawa knee rule).',
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
    id: 'haemarthrosis_anticoagulant', level: 'consultation_24', redFlag: 'haemarthrosis_ligament_injury',
    when: all(yes('takes_anticoagulant'), any(yes('knee_swelling_within_hours_of_injury'), all(yes('knee_swelling'), kneeInjury))),
    reason: 'A knee that swelled after a knock while taking a blood thinner may be bleeding inside the joint, even after a minor injury.',
    sources: ['kernow_acute_knee', 'cks_knee_pain'],
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
    sources: ['nhs_back_pain', 'cks_back_pain'],
  },
  {
    id: 'suspected_spinal_metastases', level: 'consultation_24', redFlag: 'spinal_malignancy',
    when: all(backPain, suspectedSpinalMetastases),
    reason: 'Back pain after cancer, now or in the past, that is severe or getting worse. Or it is worse at night, or on coughing or straining. Or it is in the middle of the back. Or new back pain with weight loss for no clear reason. Be seen within 24 hours.',
    sources: ['nice_ng234', 'nice_cg75', 'nhs_back_pain'],
  },
  {
    // NHS back pain: contact a GP or 111 straight away for back pain with weight loss, pain worse at
    // night, or pain between the shoulders. (Pain worse on coughing is also listed there, but the NHS
    // sciatica page gives it as a usual sign of sciatica; with a cancer history it counts above.)
    id: 'back_pain_urgent_signs', level: 'consultation_24',
    when: all(backPain, anyYes('weight_loss_unexplained', 'night_pain', 'thoracic_back_pain')),
    reason: 'Back pain with weight loss you cannot explain, severe pain at night, or pain in the middle of the back between the shoulders should be checked today.',
    sources: ['nhs_back_pain'],
  },
  {
    // Amendment 1: fever is absent in up to half of spinal infections.
    id: 'spinal_infection_risk_no_fever', level: 'consultation_24', redFlag: 'spinal_infection',
    when: all(backPain, spinalInfectionRisk, any(yes('night_pain'), newBackPain)),
    reason: 'Back pain that is new or comes at night, with injected drugs, a weak immune system, or a recent operation or injection in the spine. An infection of the spine must be ruled out, even without a fever.',
    sources: ['cks_back_pain', 'nice_ng59'],
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
    id: 'child_knee_pain_limp', level: 'consultation_24', redFlag: 'childhood_hip_disorder',
    when: all({ ageBelow: 18 }, anyYes('knee_pain', 'limping', 'cannot_bear_weight'), anyYes('limping', 'cannot_bear_weight', 'groin_pain', 'hip_movement_pain')),
    reason: 'A child or teenager with knee pain and a limp needs a same-day check of the hip, which can cause knee pain.',
    sources: ['nice_cg177_slipped', 'cks_knee_pain'],
  },
  {
    id: 'child_limp_or_hip', level: 'consultation_24', redFlag: 'childhood_hip_disorder',
    when: all(child, anyYes('limping', 'cannot_bear_weight', 'groin_pain', 'hip_movement_pain')),
    reason: 'A child under 16 with a limp, or pain on moving the hip or in the groin, needs a same-day check of the hip (a slipped growth plate, Perthes disease or an infection).',
    sources: ['nice_cg177_slipped'],
  },
  {
    id: 'unwell_with_fever', level: 'consultation_24',
    when: all(yes('fever'), yes('feels_very_unwell')),
    reason: 'A fever while feeling very unwell should be seen today.',
    sources: ['nice_ng253'],
  },
  {
    id: 'severe_worsening_pain', level: 'consultation_24',
    when: all({ painAtLeast: 8, ifUnknown: false }, { courseIn: ['worsening'], ifUnknown: false }),
    reason: 'Severe pain (8 or more out of 10) that is getting worse.',
    sources: ['nhs_back_pain', 'nhs_knee_pain'],
  },

  // --- book an appointment ------------------------------------------------------------------
  {
    id: 'child_under_16', level: 'consultation',
    when: child,
    reason: 'This tool follows guidelines written for adults. A child\'s knee or leg pain can come from the hip, so a child under 16 should be checked by a GP rather than looked after at home on this advice.',
    sources: ['nice_cg177_slipped', 'nice_ng59'],
  },
  {
    id: 'spinal_malignancy', level: 'consultation', redFlag: 'spinal_malignancy',
    when: all(backPain, any(cancer, yes('weight_loss_unexplained'))),
    reason: 'Back pain with a past cancer, or with weight loss that cannot be explained, needs checking soon, even when it seems ordinary.',
    sources: ['nice_ng234', 'nice_cg75', 'nice_ng59'],
  },
  {
    id: 'nerve_symptoms', level: 'consultation',
    when: anyYes('numbness_tingling', 'leg_weakness', 'reflex_reduced', 'both_legs_numb_or_weak'),
    reason: 'Numbness, tingling or weakness in the leg points to a nerve and needs a professional assessment.',
    sources: ['article', 'nhs_sciatica', 'cks_sciatica'],
  },
  {
    // Narrowed from the contract (Amendment 1): NHS sciatica advice is home care first for a short
    // episode that is improving; see a GP when it is not better within a few weeks or getting worse.
    id: 'radiating_pain', level: 'consultation',
    when: all(anyYes('leg_pain_below_knee', 'leg_pain_to_knee'), notClearlyImproving),
    reason: 'Pain that radiates from the back or buttock down the leg and is not clearly getting better could be sciatica, and should be assessed.',
    sources: ['article', 'nhs_sciatica', 'nice_ng59'],
  },
  {
    id: 'leg_pain_pattern', level: 'consultation',
    when: anyYes('leg_pain_both_sides', 'walking_leg_pain_eased_by_sitting', 'straight_leg_raise_positive'),
    reason: 'Pain in both legs, or leg pain on walking that eases on sitting or bending forward, points to the nerves in the lower back and should be assessed.',
    sources: ['article', 'nice_ng59', 'nass_stenosis_2011'],
  },
  {
    id: 'swelling', level: 'consultation',
    when: anyYes('knee_swelling', 'knee_swelling_within_hours_of_injury'),
    reason: 'Swelling of the knee needs an assessment.',
    sources: ['article', 'nhs_knee_pain'],
  },
  {
    id: 'recent_injury', level: 'consultation',
    when: any(anyYes('injury_pop', 'high_energy_trauma'), all(anyYes('recent_knee_injury', 'recent_back_trauma'), notClearlyImproving)),
    reason: 'Pain after a fall, accident or sports injury should be checked for a broken bone or a torn ligament. This is when it is not clearly getting better, or came with a pop or great force.',
    sources: ['article', 'ottawa_knee_1995', 'nhs_knee_pain'],
  },
  {
    id: 'history_conditions', level: 'consultation',
    when: anyYes('history_knee_osteoarthritis', 'history_inflammatory_arthritis', 'history_gout', 'history_disc_herniation', 'history_spinal_stenosis'),
    reason: 'After arthritis, a slipped disc or a narrowed spine in the past, see a clinician sooner rather than later.',
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
    reason: 'Night pain, weight loss, a fever or feeling unwell needs a doctor to look. So does a change in bladder, bowel or sex life along with the pain.',
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
  // Narrowed from the contract (Amendment 1) to NHS self-care advice: home care while the pain is
  // improving within a few weeks, and not very severe or getting worse. One rule per reason, so the
  // reason shown is the one that holds.
  {
    id: 'pain_getting_worse', level: 'consultation',
    when: { courseIn: ['worsening'], ifUnknown: false },
    reason: 'The pain is getting worse, so it should be checked.',
    sources: ['nhs_back_pain', 'nhs_sciatica', 'article'],
  },
  {
    id: 'very_severe_pain', level: 'consultation',
    when: { painAtLeast: 7, ifUnknown: false },
    reason: 'The pain is very severe (7 or more out of 10), so it should be checked.',
    sources: ['nhs_back_pain', 'article'],
  },
  {
    id: 'not_improving_in_weeks', level: 'consultation',
    when: any({ durationAbove: 21, ifUnknown: false }, all({ courseIn: ['stable', 'worsening'], ifUnknown: true }, { durationAbove: 14, ifUnknown: false })),
    reason: 'The pain has not got better within two to three weeks, so it should be checked.',
    sources: ['nhs_back_pain', 'nhs_sciatica', 'nhs_knee_pain', 'article'],
  },
  {
    id: 'duration_not_given', level: 'consultation',
    when: durationNotGiven,
    reason: 'Without knowing how long the pain has lasted, home care alone cannot be advised: have it checked.',
    sources: ['nhs_back_pain', 'article'],
  },
] as const satisfies readonly TriageRule[];

export const TRIAGE_RULES: readonly TriageRule[] = list;
export type TriageRuleId = (typeof list)[number]['id'];
