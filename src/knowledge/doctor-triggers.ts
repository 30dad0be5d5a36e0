/**
 * The article's "when to see a doctor": its six symptoms and the history it names, each with the
 * product's triage policy from CONTRACT.md ("Without a red flag: the article's 'when to see a
 * doctor', as triage policy"). This is data: the triage engine may cite it as a reason, and the
 * Learn page shows it. Where a red flag decides instead, the policy names it.
 */
import type { EvidenceId } from './evidence.js';
import type { RedFlagId } from './red-flags.js';
import type { SourceId } from './sources.js';
import type { TriageLevel } from './triage-levels.js';
import { indexById } from './index-by-id.js';

export type DoctorTriggerKind =
  /** One of the article's six bolded symptoms. */
  | 'symptom'
  /** A condition in the person's history that the article names. */
  | 'history'
  /** Added by the product's contract, not named in the article. */
  | 'product';

/** Case fields other than evidence that a policy reads. */
export type TriggerCaseField = 'durationDays' | 'course' | 'pain';

export interface TriggerPolicy {
  /** When this part of the policy applies, in plain words. */
  readonly when: string;
  /** The level the product gives. */
  readonly level: TriageLevel;
  /** Other levels the contract judges correct too. */
  readonly alsoAccepted: readonly TriageLevel[];
  readonly evidence: readonly EvidenceId[];
  readonly caseFields: readonly TriggerCaseField[];
  /** Red flags that decide instead, at their own level, when they are raised. */
  readonly redFlags: readonly RedFlagId[];
}

export interface DoctorTrigger {
  readonly id: string;
  readonly kind: DoctorTriggerKind;
  /** The article's title (the bolded words, or the condition's name), word for word. */
  readonly articleTitle: string;
  /** The article's text, word for word ('' for a product addition). */
  readonly articleText: string;
  /** Why it matters, in plain words. */
  readonly explanation: string;
  readonly policies: readonly TriggerPolicy[];
  /** Learn page anchor. */
  readonly anchor: string;
  readonly sources: readonly SourceId[];
}

const HISTORY_TEXT =
  'In addition to these symptoms, if you have a history of conditions such as arthritis, herniated discs, or spinal stenosis, it’s wise to consult a healthcare provider sooner rather than later. Early intervention can prevent further complications and improve your quality of life.';
const HISTORY_WHEN = 'Knee or leg pain with this in your history: see a doctor sooner rather than later.';

const list = [
  {
    id: 'persistent_pain', kind: 'symptom', articleTitle: 'Persistent Pain', anchor: 'when-to-see-a-doctor#persistent-pain',
    articleText: 'If your knee pain lasts more than a few days without improvement, it may indicate a more serious issue.',
    explanation: 'Most strains settle within days. Pain that is not easing after a few days deserves a look, to find the cause and the right treatment early.',
    policies: [
      { when: 'Pain for more than a few days that is not improving.', level: 'consultation', alsoAccepted: [], evidence: [], caseFields: ['durationDays', 'course'], redFlags: [] },
    ],
    sources: ['article', 'nhs_knee_pain'],
  },
  {
    id: 'radiating_pain', kind: 'symptom', articleTitle: 'Radiating Pain', anchor: 'when-to-see-a-doctor#radiating-pain',
    articleText: 'If you notice pain radiating from your knee down your leg or into your lower back, this could be a sign of sciatica.',
    explanation: 'Pain that runs along the leg is consistent with a nerve being involved. A clinician can tell whether it comes from the back, the buttock or the knee.',
    policies: [
      { when: 'Pain running down the leg, or between the knee and the lower back.', level: 'consultation', alsoAccepted: [], evidence: ['leg_pain_to_knee', 'leg_pain_below_knee'], caseFields: [], redFlags: [] },
    ],
    sources: ['article', 'nice_ng59', 'cks_sciatica'],
  },
  {
    id: 'numbness_or_tingling', kind: 'symptom', articleTitle: 'Numbness or Tingling', anchor: 'when-to-see-a-doctor#numbness-or-tingling',
    articleText: 'Experiencing numbness, tingling, or weakness in your leg or foot alongside knee pain warrants immediate medical attention.',
    explanation: 'Numbness, tingling or weakness are consistent with a nerve under pressure. How urgent it is depends on whether it is getting worse and whether both legs, or the saddle area, are involved.',
    policies: [
      { when: 'Numbness or tingling that is not getting worse.', level: 'consultation', alsoAccepted: ['consultation_24'], evidence: ['numbness_tingling'], caseFields: [], redFlags: [] },
      { when: 'Weakness that is getting worse, or a foot that drops or catches.', level: 'consultation_24', alsoAccepted: [], evidence: ['leg_weakness', 'neuro_worsening', 'foot_drop'], caseFields: [], redFlags: ['progressive_neurological_deficit'] },
      { when: 'Numbness or weakness in both legs, or numbness around the genitals or back passage.', level: 'emergency', alsoAccepted: [], evidence: ['both_legs_numb_or_weak', 'saddle_numbness'], caseFields: [], redFlags: ['cauda_equina_syndrome'] },
    ],
    sources: ['article', 'nice_ng59', 'cks_sciatica', 'girft_ces_2023'],
  },
  {
    id: 'swelling_and_inflammation', kind: 'symptom', articleTitle: 'Swelling and Inflammation', anchor: 'when-to-see-a-doctor#swelling-and-inflammation',
    articleText: 'Significant swelling, redness, or warmth around the knee joint can indicate an infection or injury that requires evaluation.',
    explanation: 'A swollen knee needs checking. A knee that is also hot or red must be treated as infected until a doctor has shown otherwise, even without a fever.',
    policies: [
      { when: 'A swollen knee that is neither hot nor red.', level: 'consultation', alsoAccepted: [], evidence: ['knee_swelling'], caseFields: [], redFlags: [] },
      { when: 'A hot or red, swollen knee.', level: 'consultation_24', alsoAccepted: [], evidence: ['knee_hot_red', 'knee_swelling'], caseFields: [], redFlags: ['septic_arthritis'] },
    ],
    sources: ['article', 'bsr_hot_joint_2006', 'cks_septic_arthritis'],
  },
  {
    id: 'loss_of_mobility', kind: 'symptom', articleTitle: 'Loss of Mobility', anchor: 'when-to-see-a-doctor#loss-of-mobility',
    articleText: 'If you find it difficult to move your knee or leg, or if you cannot bear weight on the affected leg, seek medical help.',
    explanation: 'Not being able to put weight on the leg, bend the knee or straighten it needs a same-day assessment, after an injury or not.',
    policies: [
      { when: 'Cannot bear weight on the leg, or cannot move the knee, injury or not.', level: 'consultation_24', alsoAccepted: [], evidence: ['cannot_bear_weight', 'cannot_flex_90', 'knee_locked'], caseFields: [], redFlags: ['knee_fracture', 'locked_knee'] },
    ],
    sources: ['article', 'nhs_knee_pain'],
  },
  {
    id: 'recent_injury', kind: 'symptom', articleTitle: 'Recent Injury', anchor: 'when-to-see-a-doctor#recent-injury',
    articleText: 'If your knee pain follows a fall, accident, or sports injury, it’s important to get it checked to rule out fractures or ligament damage.',
    explanation: 'After an injury, a few simple checks (the Ottawa knee rule) tell whether an X-ray is needed; a pop with fast swelling is consistent with a torn ligament. A minor injury with none of these can be checked at a routine appointment, or looked after at home.',
    policies: [
      {
        when: 'An injury with any Ottawa knee rule finding, a pop with swelling within hours, or a deformed knee: the red flag decides (same day, or an emergency for a deformed knee).',
        level: 'consultation_24', alsoAccepted: [],
        evidence: ['recent_knee_injury', 'cannot_bear_weight', 'cannot_flex_90', 'kneecap_tenderness', 'fibular_head_tenderness', 'injury_pop', 'knee_swelling_within_hours_of_injury', 'knee_deformity', 'high_energy_trauma'],
        caseFields: [], redFlags: ['knee_fracture', 'haemarthrosis_ligament_injury', 'knee_dislocation'],
      },
      { when: 'A minor injury with none of those findings.', level: 'consultation', alsoAccepted: ['self_care'], evidence: ['recent_knee_injury'], caseFields: [], redFlags: [] },
    ],
    sources: ['article', 'ottawa_knee_1995', 'bachmann_2004', 'cks_knee_pain'],
  },
  {
    id: 'history_arthritis', kind: 'history', articleTitle: 'arthritis', anchor: 'when-to-see-a-doctor#history-arthritis',
    articleText: HISTORY_TEXT,
    explanation: 'With known arthritis, a new or changed pain may be a flare, or something new; a clinician can tell which and adjust the treatment.',
    policies: [
      { when: HISTORY_WHEN, level: 'consultation', alsoAccepted: [], evidence: ['history_knee_osteoarthritis', 'history_inflammatory_arthritis', 'history_gout'], caseFields: [], redFlags: [] },
    ],
    sources: ['article'],
  },
  {
    id: 'history_herniated_discs', kind: 'history', articleTitle: 'herniated discs', anchor: 'when-to-see-a-doctor#history-herniated-discs',
    articleText: HISTORY_TEXT,
    explanation: 'After a slipped disc, knee or leg pain can come from the back again; an early check finds it.',
    policies: [
      { when: HISTORY_WHEN, level: 'consultation', alsoAccepted: [], evidence: ['history_disc_herniation'], caseFields: [], redFlags: [] },
    ],
    sources: ['article'],
  },
  {
    id: 'history_spinal_stenosis', kind: 'history', articleTitle: 'spinal stenosis', anchor: 'when-to-see-a-doctor#history-spinal-stenosis',
    articleText: HISTORY_TEXT,
    explanation: 'With a narrowed spinal canal, leg pain or numbness may mean the nerves are under more pressure; an early check finds it.',
    policies: [
      { when: HISTORY_WHEN, level: 'consultation', alsoAccepted: [], evidence: ['history_spinal_stenosis'], caseFields: [], redFlags: [] },
    ],
    sources: ['article'],
  },
  {
    id: 'severe_worsening_pain', kind: 'product', articleTitle: 'Severe pain that is getting worse', anchor: 'when-to-see-a-doctor#severe-worsening-pain',
    articleText: '',
    explanation: 'Pain of 8 out of 10 or more that keeps getting worse needs a doctor soon, the same day if you cannot cope with it.',
    policies: [
      { when: 'Pain of 8 or more out of 10 that is getting worse.', level: 'consultation', alsoAccepted: ['consultation_24'], evidence: [], caseFields: ['pain', 'course'], redFlags: [] },
    ],
    sources: ['nhs_knee_pain', 'nhs_sciatica'],
  },
] as const satisfies readonly DoctorTrigger[];

export type DoctorTriggerId = (typeof list)[number]['id'];
/** In the article's order: the six symptoms, then the history, then the product's addition. */
export const DOCTOR_TRIGGERS: readonly DoctorTrigger[] = list;
export const DOCTOR_TRIGGER_BY_ID = indexById<(typeof list)[number], DoctorTrigger>(list);
export const DOCTOR_TRIGGER_IDS: readonly DoctorTriggerId[] = list.map((t) => t.id);
