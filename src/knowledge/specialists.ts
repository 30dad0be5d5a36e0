/** Whom a person may be sent to. The article names the first four; the rest follow the red flags. */
import type { SourceId } from './sources.js';
import { indexById } from './index-by-id.js';

export interface Specialist {
  readonly id: string;
  readonly title: string;
  readonly role: string;
  readonly namedInArticle: boolean;
  readonly sources: readonly SourceId[];
}

const list = [
  { id: 'primary_care_physician', title: 'GP (primary care physician)', role: 'First port of call: examines you, arranges tests and refers you on.', namedInArticle: true, sources: ['article'] },
  { id: 'orthopaedic_surgeon', title: 'Orthopaedic surgeon', role: 'A bone and joint specialist: knee injuries, fractures, joint replacement.', namedInArticle: true, sources: ['article'] },
  { id: 'neurologist', title: 'Neurologist', role: 'A nerve specialist: numbness, weakness and nerve pain that do not settle.', namedInArticle: true, sources: ['article'] },
  { id: 'physiotherapist', title: 'Physiotherapist (physical therapist)', role: 'Designs an exercise programme for the knee, hips, back and core, and follows your progress.', namedInArticle: true, sources: ['article', 'nice_ng59', 'nice_ng226'] },
  { id: 'emergency_department', title: 'Emergency department (A&E)', role: 'Immediate assessment and treatment of emergencies.', namedInArticle: false, sources: ['girft_ces_2023', 'nice_ng158'] },
  { id: 'urgent_care', title: 'Urgent care or same-day GP', role: 'Same-day assessment, X-ray and blood tests when something should not wait.', namedInArticle: false, sources: ['nhs_knee_pain'] },
  { id: 'spinal_surgeon', title: 'Spinal surgeon', role: 'Assesses nerve compression in the spine that has not settled or is causing weakness.', namedInArticle: false, sources: ['nice_ng59'] },
  { id: 'rheumatologist', title: 'Rheumatologist', role: 'A specialist in inflammatory arthritis and gout.', namedInArticle: false, sources: ['nice_ng100', 'cks_gout'] },
  { id: 'vascular_specialist', title: 'Vascular specialist', role: 'Assesses the blood supply of the legs.', namedInArticle: false, sources: ['cks_pad', 'acute_limb_ischaemia'] },
  { id: 'pharmacist', title: 'Pharmacist', role: 'Advises which over-the-counter pain relief is safe with your other medicines and conditions.', namedInArticle: false, sources: ['bnf_nsaids'] },
] as const satisfies readonly Specialist[];

export type SpecialistId = (typeof list)[number]['id'];
export const SPECIALISTS = indexById<(typeof list)[number], Specialist>(list);
export const SPECIALIST_IDS: readonly SpecialistId[] = list.map((s) => s.id);
