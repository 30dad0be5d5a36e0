/**
 * The article's seven causes linking a knee problem and the sciatic nerve, as mechanisms the
 * engine can point to. `articleText` is the article's own summary; `explanation` is plain words.
 */
import type { SourceId } from './sources.js';
import { indexById } from './index-by-id.js';

export interface MechanismInfo {
  readonly id: string;
  /** The article's numbering, 1-7. */
  readonly articleNumber: number;
  readonly title: string;
  readonly explanation: string;
  readonly articleText: string;
  /** What helps, in the article's words. */
  readonly whatHelps: string;
  readonly sources: readonly SourceId[];
}

const list = [
  {
    id: 'altered_biomechanics', articleNumber: 1, title: 'Altered biomechanics',
    explanation: 'A painful knee makes you walk and stand differently without noticing. The new way of moving loads the lower back and pelvis, which can irritate the sciatic nerve.',
    articleText: 'When an individual experiences knee pain, they may unconsciously change their gait or posture to avoid discomfort. This alteration can place additional stress on the lower back and pelvis, potentially irritating the sciatic nerve and leading to sciatica symptoms.',
    whatHelps: 'Treating the knee, gait retraining with a physiotherapist, and good posture in daily activities.',
    sources: ['article'],
  },
  {
    id: 'muscle_imbalance', articleNumber: 2, title: 'Muscle imbalances',
    explanation: 'Weak hip and core muscles let the pelvis tilt and the knee turn in. That strains the knee and can press on the sciatic nerve.',
    articleText: 'Knee pain can result from muscle imbalances in the legs and hips. Weakness in the hip muscles can lead to improper alignment of the pelvis, which may compress the sciatic nerve. Strengthening the hip and core muscles can help alleviate this issue.',
    whatHelps: 'Strengthening the hip and core muscles.',
    sources: ['article'],
  },
  {
    id: 'nerve_compression', articleNumber: 3, title: 'Nerve compression in the spine',
    explanation: 'A slipped disc or a narrowed spinal canal in the lower back can press on the nerve roots that form the sciatic nerve. The pain is then felt down the leg, sometimes in the knee.',
    articleText: 'Conditions such as herniated discs or spinal stenosis in the lumbar region can cause nerve compression that manifests as sciatica. If knee pain is due to an underlying spinal issue, it may be a symptom of a more significant problem affecting the sciatic nerve.',
    whatHelps: 'A professional assessment of the back; exercise therapy; treatments aimed at the spine rather than the knee.',
    sources: ['article', 'nice_ng59'],
  },
  {
    id: 'inflammation', articleNumber: 4, title: 'Inflammation',
    explanation: 'Arthritis or bursitis can inflame the knee and the lower back. An inflamed knee also changes how you move, which strains the back.',
    articleText: 'Inflammatory conditions, such as arthritis or bursitis, can affect both the knee and the lower back. Inflammation in the knee can lead to compensatory movements that strain the lower back, potentially resulting in sciatica.',
    whatHelps: 'Treating the inflammation (with a doctor\'s advice), rest and ice in flare-ups, then exercise.',
    sources: ['article'],
  },
  {
    id: 'referred_pain', articleNumber: 5, title: 'Referred pain',
    explanation: 'Pain can be felt away from where it starts. Pain from the knee can be felt in the lower back or buttock, and pain from the hip or back can be felt in the knee.',
    articleText: 'Sometimes, pain from the knee can be referred to the lower back or buttocks, mimicking sciatica. This phenomenon occurs when pain signals from the knee are misinterpreted by the brain, leading to discomfort in areas innervated by the sciatic nerve.',
    whatHelps: 'Finding the true source (knee, hip or back) with a clinician, then treating that.',
    sources: ['article', 'cks_hip_oa'],
  },
  {
    id: 'sciatic_nerve_entrapment', articleNumber: 6, title: 'Sciatic nerve entrapment',
    explanation: 'Tight muscles deep in the buttock, such as the piriformis, can squeeze the sciatic nerve where it passes through. Knee pain can make these muscles tighten.',
    articleText: 'In some cases, tight muscles in the hip region, such as the piriformis muscle, can entrap the sciatic nerve. If knee pain leads to tightness in these muscles, it may exacerbate sciatica symptoms.',
    whatHelps: 'Stretching the buttock and hip muscles, breaking up long sitting, massage within an exercise programme.',
    sources: ['article', 'hicks_deep_gluteal'],
  },
  {
    id: 'previous_injury', articleNumber: 7, title: 'Previous injuries',
    explanation: 'An old knee injury can leave lasting pain and a changed way of moving, which over time loads the lower back.',
    articleText: 'A history of knee injuries can lead to chronic pain and altered movement patterns. These changes can affect the lumbar spine and contribute to the development of sciatica over time.',
    whatHelps: 'A structured rehabilitation programme that restores strength and normal movement.',
    sources: ['article'],
  },
] as const satisfies readonly MechanismInfo[];

export type MechanismId = (typeof list)[number]['id'];
export const MECHANISMS = indexById<(typeof list)[number], MechanismInfo>(list);
export const MECHANISM_IDS: readonly MechanismId[] = list.map((m) => m.id);
