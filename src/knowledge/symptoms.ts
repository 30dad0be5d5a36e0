/**
 * The article's symptoms that may point from knee pain to the sciatic nerve: three common and
 * three less common, each with the article's words, a plain explanation and the evidence ids
 * the interview asks about it with.
 */
import type { EvidenceId } from './evidence.js';
import type { SourceId } from './sources.js';
import { indexById } from './index-by-id.js';

export type SymptomFrequency = 'common' | 'less_common';

export interface SymptomInfo {
  readonly id: string;
  readonly frequency: SymptomFrequency;
  /** The article's title, word for word. */
  readonly articleTitle: string;
  /** The article's text, word for word. */
  readonly articleText: string;
  /** Plain words: what it may mean, always "consistent with", never a diagnosis. */
  readonly explanation: string;
  /** The evidence ids that ask about it. */
  readonly evidence: readonly EvidenceId[];
  /** Learn page anchor. */
  readonly anchor: string;
  readonly sources: readonly SourceId[];
}

const list = [
  {
    id: 'radiating_pain', frequency: 'common', articleTitle: 'Radiating Pain', anchor: 'symptoms#radiating-pain',
    articleText: 'Pain that starts in the lower back or buttocks and travels down the leg, potentially reaching the knee. This can often be mistaken for knee pain alone.',
    explanation: 'Pain that runs in a line from the back or buttock down the leg is consistent with an irritated nerve rather than a problem of the knee itself. Below the knee, into the calf or foot, it is the typical path of sciatica; pain that is worse in the leg than in the back, or shoots down the leg on a cough or sneeze, points the same way.',
    evidence: ['leg_pain_to_knee', 'leg_pain_below_knee', 'leg_pain_worse_than_back', 'pain_worse_cough_sneeze', 'buttock_pain'],
    sources: ['article', 'cks_sciatica', 'nice_ng59'],
  },
  {
    id: 'numbness_or_tingling', frequency: 'common', articleTitle: 'Numbness or Tingling', anchor: 'symptoms#numbness-or-tingling',
    articleText: 'A sensation of numbness or tingling in the knee or along the leg, which may accompany the pain. This symptom is indicative of nerve involvement.',
    explanation: 'Pins and needles or numbness along the leg or in the foot are consistent with a nerve being pressed or irritated. Numbness around the genitals or back passage, or in both legs, is different: it is an emergency.',
    evidence: ['numbness_tingling', 'saddle_numbness', 'both_legs_numb_or_weak', 'neuro_worsening'],
    sources: ['article', 'cks_sciatica', 'girft_ces_2023'],
  },
  {
    id: 'weakness_in_the_leg', frequency: 'common', articleTitle: 'Weakness in the Leg', anchor: 'symptoms#weakness-in-the-leg',
    articleText: 'Difficulty in moving the leg or a feeling of weakness, particularly when trying to lift the knee or bear weight.',
    explanation: 'Real weakness, not only pain holding you back, is consistent with a nerve not carrying its signals fully. A foot that slaps or catches (foot drop), or weakness that is getting worse, needs a doctor the same day.',
    evidence: ['leg_weakness', 'foot_drop', 'neuro_worsening', 'both_legs_numb_or_weak'],
    sources: ['article', 'nice_ng59', 'cks_sciatica'],
  },
  {
    id: 'changes_in_reflexes', frequency: 'less_common', articleTitle: 'Changes in Reflexes', anchor: 'symptoms#changes-in-reflexes',
    articleText: 'Altered reflex responses in the knee or ankle, which can be a sign of nerve compression affecting the sciatic nerve.',
    explanation: 'A clinician taps the tendon below the kneecap and at the back of the ankle. A weaker jerk on one side is consistent with a pressed nerve root: the knee reflex belongs to the higher roots (L3 and L4), the ankle reflex to the lowest (S1). Only an examination can find it.',
    evidence: ['reflex_reduced', 'straight_leg_raise_positive'],
    sources: ['article', 'cks_sciatica', 'statpearls_sciatic_nerve'],
  },
  {
    id: 'difficulty_sitting_or_standing', frequency: 'less_common', articleTitle: 'Difficulty Sitting or Standing', anchor: 'symptoms#difficulty-sitting-or-standing',
    articleText: 'Increased discomfort when sitting for prolonged periods or difficulty standing up from a seated position, which may exacerbate both knee and sciatic pain.',
    explanation: 'Pain after long sitting is consistent with a disc or with the sciatic nerve squeezed in the buttock; pain getting up from a chair is consistent with the knee, often behind the kneecap. Legs that ache on standing or walking and ease on sitting or bending forward are consistent with a narrowed spinal canal.',
    evidence: ['pain_worse_sitting', 'deep_buttock_pain_sitting', 'knee_pain_stairs_squat', 'walking_leg_pain_eased_by_sitting', 'sits_long_hours'],
    sources: ['article', 'hicks_deep_gluteal', 'cks_pfp', 'nass_stenosis_2011'],
  },
  {
    id: 'localized_pain_in_the_knee', frequency: 'less_common', articleTitle: 'Localized Pain in the Knee', anchor: 'symptoms#localized-pain-in-the-knee',
    articleText: 'While sciatica typically causes pain that radiates, some individuals may experience localized knee pain that feels different from typical knee injuries.',
    explanation: 'Pain in the knee alone does not rule out the back or the hip: a nerve root in the lower back, or a hip problem, can be felt only in the knee. Pain that grinds, swells, catches or hurts on stairs is more consistent with the knee joint itself.',
    evidence: ['knee_pain', 'knee_swelling', 'knee_grinding', 'knee_catching', 'knee_pain_stairs_squat', 'groin_pain', 'hip_movement_pain'],
    sources: ['article', 'cks_knee_pain', 'cks_hip_oa'],
  },
] as const satisfies readonly SymptomInfo[];

export type SymptomId = (typeof list)[number]['id'];
/** In the article's order: the three common symptoms, then the three less common. */
export const SYMPTOMS: readonly SymptomInfo[] = list;
export const SYMPTOM_BY_ID = indexById<(typeof list)[number], SymptomInfo>(list);
export const SYMPTOM_IDS: readonly SymptomId[] = list.map((s) => s.id);
