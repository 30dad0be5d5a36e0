/**
 * How the engine weighs answers for and against each pattern. A pattern is only considered when
 * its `gate` holds (one of its key features is present); then every feature that holds adds its
 * weight and every counter-feature subtracts its own. Weights are clinical judgement drawn from
 * the pattern's sources (see patterns.ts); the score only orders pictures, it is not a probability.
 */
import { any, anyYes, no, yes, type Cond } from './conditions.js';
import type { PatternId } from './patterns.js';

export interface Feature {
  readonly when: Cond;
  readonly weight: number;
}

export interface PatternFeatures {
  readonly pattern: PatternId;
  readonly gate: Cond;
  readonly for: readonly Feature[];
  readonly against: readonly Feature[];
}

const f = (when: Cond, weight: number): Feature => ({ when, weight });

const kneeComplaint = anyYes('knee_pain', 'knee_swelling', 'knee_catching', 'knee_locked', 'knee_giving_way', 'knee_grinding', 'knee_pain_stairs_squat', 'knee_stiffness_after_rest_brief', 'knee_stiffness_morning_long', 'knee_hot_red', 'history_knee_osteoarthritis');
const backOrButtock = anyYes('low_back_pain', 'buttock_pain');
const childLimp: Cond = { all: [{ ageBelow: 18 }, yes('limping')] };

export const PATTERN_FEATURES: readonly PatternFeatures[] = [
  {
    pattern: 'knee_osteoarthritis',
    gate: anyYes('knee_pain', 'knee_grinding', 'knee_stiffness_after_rest_brief', 'history_knee_osteoarthritis', 'knee_pain_stairs_squat'),
    for: [
      f(yes('knee_pain'), 1), f(yes('history_knee_osteoarthritis'), 3), f(yes('knee_grinding'), 2),
      f(yes('knee_stiffness_after_rest_brief'), 2), f(yes('knee_pain_stairs_squat'), 1), f(yes('overweight'), 1),
      f({ ageAtLeast: 45 }, 2), f({ durationAbove: 90, ifUnknown: false }, 1), f(yes('previous_knee_injury'), 0.5),
    ],
    against: [
      f({ ageBelow: 35 }, 3), f(yes('knee_stiffness_morning_long'), 2), f(yes('knee_hot_red'), 1.5),
      f(yes('recent_knee_injury'), 1.5), f(yes('knee_locked'), 1), f(yes('leg_pain_below_knee'), 1),
    ],
  },
  {
    pattern: 'knee_meniscus_or_ligament',
    gate: anyYes('recent_knee_injury', 'injury_pop', 'knee_catching', 'knee_locked', 'knee_giving_way', 'knee_swelling_within_hours_of_injury'),
    for: [
      f(yes('recent_knee_injury'), 2), f(yes('injury_pop'), 2), f(yes('knee_catching'), 2), f(yes('knee_locked'), 3),
      f(yes('knee_giving_way'), 2), f(yes('knee_swelling_within_hours_of_injury'), 2), f(yes('knee_swelling'), 1),
      f(yes('previous_knee_injury'), 1), f(yes('knee_pain'), 0.5),
    ],
    against: [f(yes('knee_stiffness_morning_long'), 1.5), f(yes('knee_hot_red'), 1), f(yes('leg_pain_below_knee'), 1)],
  },
  {
    pattern: 'patellofemoral_pain',
    gate: yes('knee_pain_stairs_squat'),
    for: [f(yes('knee_pain_stairs_squat'), 3), f({ ageBelow: 40 }, 2), f(yes('pain_worse_sitting'), 1), f(yes('knee_pain'), 0.5), f(yes('hip_or_core_weakness'), 1), f(no('knee_swelling'), 0.5), f(no('recent_knee_injury'), 0.5)],
    against: [
      f({ ageAtLeast: 50 }, 2.5), f(yes('knee_swelling'), 2), f(yes('recent_knee_injury'), 1.5), f(yes('history_knee_osteoarthritis'), 2),
      f(yes('knee_grinding'), 0.5), f(yes('knee_locked'), 2), f(yes('knee_hot_red'), 2),
    ],
  },
  {
    pattern: 'lumbar_radiculopathy',
    gate: anyYes('leg_pain_below_knee', 'leg_pain_to_knee', 'pain_worse_cough_sneeze', 'straight_leg_raise_positive', 'reflex_reduced', 'foot_drop', 'history_disc_herniation'),
    for: [
      f(yes('leg_pain_below_knee'), 3), f(yes('leg_pain_to_knee'), 1.5), f(yes('leg_pain_worse_than_back'), 2), f(yes('pain_worse_cough_sneeze'), 2),
      f(yes('numbness_tingling'), 1.5), f(yes('straight_leg_raise_positive'), 2), f(yes('reflex_reduced'), 1.5), f(yes('leg_weakness'), 1),
      f(yes('foot_drop'), 2), f(yes('history_disc_herniation'), 2), f(yes('low_back_pain'), 1), f(yes('pain_worse_sitting'), 0.5),
    ],
    against: [f(yes('walking_leg_pain_eased_by_sitting'), 1.5), f(yes('deep_buttock_pain_sitting'), 1.5), f(no('low_back_pain'), 1), f(yes('calf_pain_walking_eased_by_standing'), 2)],
  },
  {
    pattern: 'lumbar_spinal_stenosis',
    gate: anyYes('walking_leg_pain_eased_by_sitting', 'history_spinal_stenosis'),
    for: [
      f(yes('walking_leg_pain_eased_by_sitting'), 4), f(yes('history_spinal_stenosis'), 3), f(yes('leg_pain_both_sides'), 1),
      f({ ageAtLeast: 60 }, 2), f({ ageAtLeast: 50 }, 1), f(yes('low_back_pain'), 1), f(yes('numbness_tingling'), 0.5),
    ],
    against: [f({ ageBelow: 40 }, 2), f(yes('calf_pain_walking_eased_by_standing'), 1.5), f(yes('pain_worse_cough_sneeze'), 0.5)],
  },
  {
    pattern: 'deep_gluteal_syndrome',
    gate: anyYes('deep_buttock_pain_sitting', 'buttock_pain'),
    for: [
      f(yes('deep_buttock_pain_sitting'), 4), f(yes('buttock_pain'), 1.5), f(yes('pain_worse_sitting'), 1), f(yes('sits_long_hours'), 1),
      f(yes('leg_pain_to_knee'), 0.5), f(no('low_back_pain'), 1.5),
    ],
    against: [f(yes('low_back_pain'), 1.5), f(yes('pain_worse_cough_sneeze'), 1.5), f(yes('leg_pain_worse_than_back'), 0.5), f(yes('walking_leg_pain_eased_by_sitting'), 1.5)],
  },
  {
    pattern: 'hip_referred_pain',
    // A child or teenager with knee pain and a limp: the hip (slipped epiphysis) until shown otherwise.
    gate: any(anyYes('groin_pain', 'hip_movement_pain'), childLimp),
    for: [
      f(yes('groin_pain'), 3), f(yes('hip_movement_pain'), 3), f(yes('knee_pain'), 0.5), f({ ageAtLeast: 50 }, 1), f(yes('limping'), 0.5),
      f(no('knee_swelling'), 0.5), f(childLimp, 3),
    ],
    against: [f(yes('knee_swelling'), 1.5), f(yes('recent_knee_injury'), 1.5), f(yes('leg_pain_below_knee'), 1)],
  },
  {
    pattern: 'inflammatory_or_crystal_arthritis',
    gate: anyYes('knee_stiffness_morning_long', 'history_inflammatory_arthritis', 'history_gout', 'knee_hot_red', 'knee_swelling'),
    for: [
      f(yes('knee_stiffness_morning_long'), 3), f(yes('history_inflammatory_arthritis'), 3), f(yes('history_gout'), 3),
      f(yes('knee_hot_red'), 2), f(yes('knee_swelling'), 1.5), f(no('recent_knee_injury'), 0.5),
    ],
    against: [f(yes('recent_knee_injury'), 2), f(yes('knee_stiffness_after_rest_brief'), 1), f(yes('injury_pop'), 1.5), f(yes('knee_grinding'), 0.5)],
  },
  {
    pattern: 'knee_driven_back_strain',
    gate: { all: [kneeComplaint, backOrButtock] },
    for: [
      f(yes('limping'), 3), f(yes('knee_pain'), 1), f(yes('low_back_pain'), 1.5), f(yes('buttock_pain'), 1), f(yes('history_knee_osteoarthritis'), 1),
      f(yes('previous_knee_injury'), 1), f(yes('hip_or_core_weakness'), 1), f(no('leg_pain_below_knee'), 0.5), f(no('numbness_tingling'), 0.5),
    ],
    against: [f(yes('leg_pain_below_knee'), 2), f(yes('numbness_tingling'), 1.5), f(yes('pain_worse_cough_sneeze'), 1.5), f(yes('deep_buttock_pain_sitting'), 1)],
  },
  {
    pattern: 'nonspecific_low_back_pain',
    gate: yes('low_back_pain'),
    for: [f(yes('low_back_pain'), 3), f(no('leg_pain_below_knee'), 1), f(no('numbness_tingling'), 0.5), f(no('leg_pain_to_knee'), 0.5)],
    against: [
      f(yes('leg_pain_below_knee'), 3), f(yes('leg_pain_to_knee'), 1.5), f(yes('numbness_tingling'), 1.5), f(yes('walking_leg_pain_eased_by_sitting'), 2),
      f(yes('knee_pain'), 1), f(yes('leg_pain_worse_than_back'), 1.5), f(yes('fever'), 1), f(yes('cancer_history'), 1),
    ],
  },
  {
    pattern: 'peripheral_arterial_disease',
    gate: anyYes('calf_pain_walking_eased_by_standing', 'leg_cold_pale'),
    for: [f(yes('calf_pain_walking_eased_by_standing'), 4), f({ ageAtLeast: 60 }, 1), f(yes('diabetes'), 1), f(yes('leg_cold_pale'), 2), f(no('low_back_pain'), 0.5)],
    against: [f(yes('walking_leg_pain_eased_by_sitting'), 2), f({ ageBelow: 40 }, 1.5)],
  },
];
