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
    explanation: 'Wear and tear of the knee: the smooth lining of the joint thins and the bones change shape a little. It often brings pain when you use the knee, short stiffness after rest, and a grinding feel. It is common after 45. Exercise and a healthy weight help most.',
    specialists: ['physiotherapist', 'primary_care_physician', 'orthopaedic_surgeon'], learn: 'causes#inflammation', sources: ['nice_ng226', 'cks_knee_pain'],
  },
  {
    id: 'knee_meniscus_or_ligament', title: 'A meniscus (cartilage) or ligament injury of the knee',
    explanation: 'A tear in a meniscus (a rubbery pad that cushions the knee) or a torn or stretched ligament (a strong band that holds the knee steady). It usually follows a twist or a fall. It can make the knee swell, catch, lock or give way.',
    specialists: ['physiotherapist', 'orthopaedic_surgeon'], learn: 'causes#previous-injuries', sources: ['cks_knee_pain', 'nhs_knee_pain'],
  },
  {
    id: 'patellofemoral_pain', title: 'Pain behind the kneecap',
    explanation: 'Pain around or behind the kneecap. It is worse on stairs, when you squat or kneel, or after you sit for a long time. It is common in younger people and does not come from an injury. Making the hip and thigh muscles stronger helps.',
    specialists: ['physiotherapist'], learn: 'causes#muscle-imbalances', sources: ['cks_pfp', 'cks_knee_pain'],
  },
  {
    id: 'lumbar_radiculopathy', title: 'Sciatica from a nerve in the lower back',
    explanation: 'A nerve root in the lower back is pressed or irritated, most often by a disc (a soft pad between the bones of the spine). The pain runs from the back or buttock down the leg, often below the knee. It can come with numbness or tingling, and be worse when you cough. Most sciatica settles in 6 to 12 weeks.',
    specialists: ['physiotherapist', 'primary_care_physician', 'spinal_surgeon', 'neurologist'], learn: 'causes#nerve-compression', sources: ['nice_ng59', 'cks_sciatica', 'koes_2007'],
  },
  {
    id: 'lumbar_spinal_stenosis', title: 'Narrowing in the lower spine (spinal stenosis)',
    explanation: 'The space for the nerves in the lower spine gets narrow and presses on them. The legs ache, feel heavy or go numb when you walk or stand. They ease when you sit down or bend forward. It is most common after 60.',
    specialists: ['physiotherapist', 'primary_care_physician', 'spinal_surgeon'], learn: 'causes#nerve-compression', sources: ['nass_stenosis_2011', 'nice_ng59'],
  },
  {
    id: 'deep_gluteal_syndrome', title: 'Sciatic nerve trapped in the buttock (piriformis syndrome)',
    explanation: 'The sciatic nerve is squeezed by a muscle deep in the buttock, such as the piriformis. There is a deep pain in the middle of the buttock. It is worse when you sit and eases when you get up. It may run down the back of the thigh. The back itself often hurts little.',
    specialists: ['physiotherapist', 'primary_care_physician'], learn: 'causes#sciatic-nerve-entrapment', sources: ['hicks_deep_gluteal', 'article'],
  },
  {
    id: 'hip_referred_pain', title: 'Pain from the hip felt in the knee (referred hip pain)',
    explanation: 'A hip problem, often wear and tear of the hip, can be felt in the knee. There is often pain in the groin, and the hip is stiff or sore to move. The knee itself may be healthy.',
    specialists: ['physiotherapist', 'primary_care_physician', 'orthopaedic_surgeon'], learn: 'causes#referred-pain', sources: ['cks_hip_oa', 'cks_knee_pain'],
  },
  {
    id: 'inflammatory_or_crystal_arthritis', title: 'Swelling in the joint, as in gout or rheumatoid arthritis',
    explanation: 'The lining of the joint is inflamed (hot, swollen and sore), as in rheumatoid arthritis, or crystals have formed in the joint, as in gout. The knee swells and is stiff for a long time in the morning. A hot knee must first be checked for infection.',
    specialists: ['primary_care_physician', 'rheumatologist'], learn: 'causes#inflammation', sources: ['nice_ng100', 'cks_gout', 'bsr_hot_joint_2006'],
  },
  {
    id: 'knee_driven_back_strain', title: 'A knee problem straining the back and buttock',
    explanation: 'A painful knee changes the way you walk. That can strain the lower back, hip and buttock, and can irritate the sciatic nerve. Treating the knee and the way you walk together helps both.',
    specialists: ['physiotherapist', 'primary_care_physician'], learn: 'causes#altered-biomechanics', sources: ['article', 'nice_ng59'],
  },
  {
    id: 'nonspecific_low_back_pain', title: 'Common low back pain (a back strain)',
    explanation: 'Back pain with no clear single cause, and no pain running below the knee, numbness or warning sign. It is the most common kind of back pain. Most gets better within weeks. Staying active helps.',
    specialists: ['physiotherapist', 'primary_care_physician'], learn: 'recovery', sources: ['nice_ng59', 'acp_2017', 'cks_back_pain'],
  },
  {
    id: 'peripheral_arterial_disease', title: 'Narrow leg arteries (poor blood flow)',
    explanation: 'The arteries of the leg are narrow, so the muscles do not get enough blood when they work. The calf cramps when you walk and eases a few minutes after you stand still. It is a blood flow problem, not a nerve problem.',
    specialists: ['primary_care_physician', 'vascular_specialist'], learn: 'symptoms', sources: ['cks_pad'],
  },
] as const satisfies readonly PatternInfo[];

export type PatternId = (typeof list)[number]['id'];
export const PATTERNS = indexById<(typeof list)[number], PatternInfo>(list);
export const PATTERN_IDS: readonly PatternId[] = list.map((p) => p.id);
