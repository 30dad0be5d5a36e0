/**
 * When each of the article's seven mechanisms is in play: its own answers (`when`), or a pattern
 * that embodies it being at least moderately likely. Every mechanism is a link between a knee
 * problem and the sciatic nerve, so none is in play unless the answers hold both sides of the
 * link (KNEE_AND_NERVE): a knee-only picture is never told how its knee strains a nerve it never
 * mentioned, and a sciatica-only picture is explained by its pattern.
 */
import { all, any, anyYes, yes, type Cond } from './conditions.js';
import type { MechanismId } from './mechanisms.js';
import type { PatternId } from './patterns.js';

export interface MechanismRule {
  readonly mechanism: MechanismId;
  readonly when: Cond;
  readonly patterns: readonly PatternId[];
}

const kneeComplaint = anyYes('knee_pain', 'knee_swelling', 'history_knee_osteoarthritis', 'knee_giving_way', 'knee_catching');
const backOrButtock = anyYes('low_back_pain', 'buttock_pain');

/** Both sides of every link: a knee answer and a back, buttock or sciatic-nerve answer. */
export const KNEE_AND_NERVE: Cond = all(
  anyYes(
    'knee_pain', 'knee_swelling', 'knee_catching', 'knee_locked', 'knee_giving_way', 'knee_grinding', 'knee_pain_stairs_squat',
    'knee_stiffness_after_rest_brief', 'knee_stiffness_morning_long', 'knee_hot_red', 'history_knee_osteoarthritis', 'previous_knee_injury', 'recent_knee_injury',
  ),
  anyYes(
    'low_back_pain', 'buttock_pain', 'leg_pain_to_knee', 'leg_pain_below_knee', 'deep_buttock_pain_sitting', 'numbness_tingling', 'pain_worse_cough_sneeze',
    'walking_leg_pain_eased_by_sitting', 'straight_leg_raise_positive', 'history_disc_herniation', 'history_spinal_stenosis',
  ),
);

export const MECHANISM_RULES: readonly MechanismRule[] = [
  { mechanism: 'altered_biomechanics', when: any(yes('limping'), all(kneeComplaint, backOrButtock)), patterns: ['knee_driven_back_strain'] },
  { mechanism: 'muscle_imbalance', when: yes('hip_or_core_weakness'), patterns: ['patellofemoral_pain'] },
  {
    mechanism: 'nerve_compression',
    when: anyYes('history_disc_herniation', 'history_spinal_stenosis', 'walking_leg_pain_eased_by_sitting', 'pain_worse_cough_sneeze', 'straight_leg_raise_positive', 'reflex_reduced'),
    patterns: ['lumbar_radiculopathy', 'lumbar_spinal_stenosis'],
  },
  {
    mechanism: 'inflammation',
    when: anyYes('history_inflammatory_arthritis', 'history_gout', 'knee_stiffness_morning_long', 'knee_hot_red'),
    patterns: ['inflammatory_or_crystal_arthritis', 'knee_osteoarthritis'],
  },
  { mechanism: 'referred_pain', when: all(yes('knee_pain'), anyYes('groin_pain', 'hip_movement_pain')), patterns: ['hip_referred_pain'] },
  { mechanism: 'sciatic_nerve_entrapment', when: yes('deep_buttock_pain_sitting'), patterns: ['deep_gluteal_syndrome'] },
  { mechanism: 'previous_injury', when: yes('previous_knee_injury'), patterns: [] },
];
