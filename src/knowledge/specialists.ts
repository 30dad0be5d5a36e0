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
  { id: 'primary_care_physician', title: 'GP (primary care physician)', role: 'Your family doctor, and the first person to see: examines you, arranges tests and sends you on.', namedInArticle: true, sources: ['article'] },
  { id: 'orthopaedic_surgeon', title: 'Orthopaedic surgeon', role: 'A bone and joint surgeon: knee injuries, broken bones, joint replacement.', namedInArticle: true, sources: ['article'] },
  { id: 'neurologist', title: 'Neurologist', role: 'A nerve doctor: numbness, weakness and nerve pain that do not settle.', namedInArticle: true, sources: ['article'] },
  { id: 'physiotherapist', title: 'Physiotherapist', role: 'Plans exercises for your knee, hips, back and tummy muscles, and checks how you get on.', namedInArticle: true, sources: ['article', 'nice_ng59', 'nice_ng226'] },
  { id: 'emergency_department', title: 'Emergency department (A&E)', role: 'Sees and treats emergencies straight away.', namedInArticle: false, sources: ['girft_ces_2023', 'nice_ng158'] },
  { id: 'urgent_care', title: 'Urgent care or same-day GP', role: 'Sees you the same day, with X-rays and blood tests, when something should not wait.', namedInArticle: false, sources: ['nhs_knee_pain'] },
  { id: 'spinal_surgeon', title: 'Spinal surgeon', role: 'Checks a nerve pressed in the spine that has not settled or is causing weakness.', namedInArticle: false, sources: ['nice_ng59'] },
  { id: 'rheumatologist', title: 'Rheumatologist', role: 'A doctor for joints that swell, as in rheumatoid arthritis and gout.', namedInArticle: false, sources: ['nice_ng100', 'cks_gout'] },
  { id: 'vascular_specialist', title: 'Vascular specialist', role: 'Checks the blood flow to the legs.', namedInArticle: false, sources: ['cks_pad', 'acute_limb_ischaemia'] },
  { id: 'pharmacist', title: 'Pharmacist', role: 'Tells you which pain relief from the shop is safe with your other medicines and health problems.', namedInArticle: false, sources: ['bnf_nsaids'] },
] as const satisfies readonly Specialist[];

export type SpecialistId = (typeof list)[number]['id'];
export const SPECIALISTS = indexById<(typeof list)[number], Specialist>(list);
export const SPECIALIST_IDS: readonly SpecialistId[] = list.map((s) => s.id);
