/**
 * When each of the article's seven mechanisms is in play: its own answers (`when`), or a pattern
 * that embodies it being at least moderately likely.
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
