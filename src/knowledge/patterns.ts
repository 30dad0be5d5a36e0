/**
 * The patterns of the contract: pictures the answers can be consistent with. Never diagnoses.
 * The scoring that weighs evidence for and against each lives in `engine/patterns.ts`.
 */
import type { SourceId } from './sources.js';
import type { SpecialistId } from './specialists.js';
import { indexById } from './index-by-id.js';

export interface PatternInfo {
  readonly id: string;
  readonly title: string;
  /** Plain words, for a person: what this picture usually is. */
  readonly explanation: string;
  /** Whom this picture usually needs, after the GP or physiotherapist. */
  readonly specialists: readonly SpecialistId[];
  /** Learn page section that explains it. */
  readonly learn: string;
  readonly sources: readonly SourceId[];
}

const list = [
  {
    id: 'knee_osteoarthritis', title: 'Knee osteoarthritis (wear and tear of the knee joint)',
    explanation: 'Pain on using the knee, brief stiffness after rest and grinding, usually after 45, are consistent with osteoarthritis: the joint surfaces thinning and the joint remodelling. Exercise and weight management help most.',
    specialists: ['physiotherapist', 'primary_care_physician', 'orthopaedic_surgeon'], learn: 'causes#inflammation', sources: ['nice_ng226', 'cks_knee_pain'],
  },
  {
    id: 'knee_meniscus_or_ligament', title: 'A meniscus (cartilage) or ligament injury of the knee',
    explanation: 'A twist or pop, catching, locking, giving way or swelling after an injury are consistent with a torn meniscus (the knee\'s shock-absorbing cartilage) or a ligament injury.',
    specialists: ['physiotherapist', 'orthopaedic_surgeon'], learn: 'causes#previous-injuries', sources: ['cks_knee_pain', 'nhs_knee_pain'],
  },
  {
    id: 'patellofemoral_pain', title: 'Pain from behind the kneecap (patellofemoral pain)',
    explanation: 'Pain around or behind the kneecap on stairs, squatting, kneeling or after sitting, in a younger person without injury or swelling, is consistent with patellofemoral pain. Hip and thigh strengthening helps.',
    specialists: ['physiotherapist'], learn: 'causes#muscle-imbalances', sources: ['cks_pfp', 'cks_knee_pain'],
  },
  {
    id: 'lumbar_radiculopathy', title: 'Sciatica from a nerve root in the lower back (lumbar radiculopathy)',
    explanation: 'Pain from the back or buttock down the leg, often below the knee and worse than the back pain, with numbness or tingling or pain on coughing, is consistent with a nerve root in the lower back being irritated, most often by a disc. Most sciatica settles within 6 to 12 weeks.',
    specialists: ['physiotherapist', 'primary_care_physician', 'spinal_surgeon', 'neurologist'], learn: 'causes#nerve-compression', sources: ['nice_ng59', 'cks_sciatica', 'koes_2007'],
  },
  {
    id: 'lumbar_spinal_stenosis', title: 'Narrowing of the spinal canal (lumbar spinal stenosis)',
    explanation: 'Legs that ache, feel heavy or go numb on walking or standing and ease on sitting or bending forward, usually after 60, are consistent with narrowing of the spinal canal pressing on the nerves.',
    specialists: ['physiotherapist', 'primary_care_physician', 'spinal_surgeon'], learn: 'causes#nerve-compression', sources: ['nass_stenosis_2011', 'nice_ng59'],
  },
  {
    id: 'deep_gluteal_syndrome', title: 'Sciatic nerve trapped in the buttock (deep gluteal or piriformis syndrome)',
    explanation: 'Deep pain in the middle of the buttock, worse on sitting and eased by getting up, sometimes running down the back of the thigh, without much back pain, is consistent with the sciatic nerve being squeezed by the piriformis or other deep buttock muscles.',
    specialists: ['physiotherapist', 'primary_care_physician'], learn: 'causes#sciatic-nerve-entrapment', sources: ['hicks_deep_gluteal', 'article'],
  },
  {
    id: 'hip_referred_pain', title: 'Pain from the hip felt in the knee (referred hip pain)',
    explanation: 'Groin pain and pain or stiffness moving the hip, with knee pain, are consistent with a hip problem, often hip osteoarthritis, felt in the knee. The knee itself may be healthy.',
    specialists: ['physiotherapist', 'primary_care_physician', 'orthopaedic_surgeon'], learn: 'causes#referred-pain', sources: ['cks_hip_oa', 'cks_knee_pain'],
  },
  {
    id: 'inflammatory_or_crystal_arthritis', title: 'Inflammatory or crystal arthritis (such as rheumatoid arthritis or gout)',
    explanation: 'A swollen knee with long morning stiffness, or a hot swollen knee in someone who has had gout, is consistent with inflammation of the joint lining or crystals in the joint. Infection must be ruled out first when the knee is hot.',
    specialists: ['primary_care_physician', 'rheumatologist'], learn: 'causes#inflammation', sources: ['nice_ng100', 'cks_gout', 'bsr_hot_joint_2006'],
  },
  {
    id: 'knee_driven_back_strain', title: 'A knee problem straining the back and buttock (altered gait)',
    explanation: 'A painful knee that has changed the way you walk can strain the lower back, hip and buttock, and can irritate the sciatic nerve. This is the article\'s central idea: treating the knee and the gait together helps both.',
    specialists: ['physiotherapist', 'primary_care_physician'], learn: 'causes#altered-biomechanics', sources: ['article', 'nice_ng59'],
  },
  {
    id: 'nonspecific_low_back_pain', title: 'Non-specific low back pain (a back strain)',
    explanation: 'Back pain without pain running below the knee, numbness or a warning sign is consistent with non-specific low back pain. Most improves within weeks whatever the treatment; keeping active helps.',
    specialists: ['physiotherapist', 'primary_care_physician'], learn: 'recovery', sources: ['nice_ng59', 'acp_2017', 'cks_back_pain'],
  },
  {
    id: 'peripheral_arterial_disease', title: 'Narrowed leg arteries (peripheral arterial disease)',
    explanation: 'Cramping calf pain on walking that eases within minutes of standing still is consistent with narrowed arteries not delivering enough blood to the working muscles (intermittent claudication), not with a nerve problem.',
    specialists: ['primary_care_physician', 'vascular_specialist'], learn: 'symptoms', sources: ['cks_pad'],
  },
] as const satisfies readonly PatternInfo[];

export type PatternId = (typeof list)[number]['id'];
export const PATTERNS = indexById<(typeof list)[number], PatternInfo>(list);
export const PATTERN_IDS: readonly PatternId[] = list.map((p) => p.id);
