/**
 * The red flags of the contract: what each is, how urgent it is at least, whom it sends you to
 * and which guideline says so. The rules that raise them live in `engine/red-flags.ts`.
 */
import type { SourceId } from './sources.js';
import type { SpecialistId } from './specialists.js';
import type { TriageLevel } from './triage-levels.js';
import { indexById } from './index-by-id.js';

export interface RedFlagInfo {
  readonly id: string;
  readonly title: string;
  /** Plain words: what the answers are consistent with and why it cannot wait. */
  readonly explanation: string;
  /** What to do now, beyond the triage level's action. */
  readonly whatToDo: string;
  readonly minimumLevel: TriageLevel;
  readonly seeFirst: SpecialistId;
  readonly sources: readonly SourceId[];
}

const list = [
  {
    id: 'cauda_equina_syndrome', title: 'Possible cauda equina syndrome',
    explanation: 'Numbness in the saddle area, a change in bladder, bowel or sexual function, new numbness or weakness in both legs, or new sciatica in both legs are consistent with pressure on the bundle of nerves at the bottom of the spine (the cauda equina). Treated within hours, lasting damage to bladder, bowel and legs can often be prevented.',
    whatToDo: 'Go to the emergency department now and say you are worried about cauda equina syndrome. Do not wait for a GP appointment.',
    minimumLevel: 'emergency', seeFirst: 'emergency_department', sources: ['girft_ces_2023', 'nhs_sciatica', 'cks_sciatica', 'nice_ng59'],
  },
  {
    id: 'pulmonary_embolism', title: 'Possible blood clot in the lungs (pulmonary embolism)',
    explanation: 'New chest pain, breathlessness or coughing blood, above all with a swollen or tender calf or a reason for clots, are consistent with a clot that has travelled to the lungs. It can be life-threatening.',
    whatToDo: 'Call the emergency number now.',
    minimumLevel: 'emergency_ambulance', seeFirst: 'emergency_department', sources: ['nhs_dvt', 'nice_ng158'],
  },
  {
    id: 'acute_limb_ischaemia', title: 'Possible blocked blood supply to the leg (acute limb ischaemia)',
    explanation: 'A leg or foot that suddenly turns cold, pale or blue with severe pain is consistent with a blocked artery. Without blood the leg can be lost within hours.',
    whatToDo: 'Call the emergency number now.',
    minimumLevel: 'emergency_ambulance', seeFirst: 'emergency_department', sources: ['nhs_highland_vascular', 'acute_limb_ischaemia'],
  },
  {
    id: 'septic_arthritis', title: 'Possible infected joint (septic arthritis)',
    explanation: 'A hot, swollen knee must be treated as infected until a doctor has proven otherwise, even without a fever. With a knee replacement, a recent injection or operation, a weak immune system or injected drugs, a fever or feeling very unwell is enough to suspect it, even if the knee does not look hot or swollen. In a child, a limp with a fever can be an infected hip or knee. An infected joint can be destroyed within days and the infection can spread to the blood.',
    whatToDo: 'Be seen today. Do not take anti-inflammatories or antibiotics before a doctor has seen the knee, as they can hide an infection.',
    minimumLevel: 'consultation_24', seeFirst: 'urgent_care', sources: ['bsr_hot_joint_2006', 'cks_septic_arthritis'],
  },
  {
    id: 'deep_vein_thrombosis', title: 'Possible blood clot in the leg (deep vein thrombosis)',
    explanation: 'One swollen or tender calf, especially after surgery, a long journey, time in bed, a previous clot, in pregnancy or in the 6 weeks after birth, is consistent with a clot in a deep vein of the leg. It needs a scan or blood test the same day because the clot can travel to the lungs.',
    whatToDo: 'Be seen today. If chest pain or breathlessness starts, call the emergency number.',
    minimumLevel: 'consultation_24', seeFirst: 'urgent_care', sources: ['nice_ng158', 'wells_2003', 'rcog_gtg37b'],
  },
  {
    id: 'knee_fracture', title: 'Possible broken bone around the knee (Ottawa knee rule)',
    explanation: 'After a knee injury, the Ottawa knee rule says an X-ray is needed when you are 55 or older, the kneecap alone is tender, the bony bump below the outer knee is tender, the knee cannot bend to a right angle, or you cannot take four steps. Any of these is consistent with a fracture.',
    whatToDo: 'Be seen at urgent care or an emergency department today for an X-ray. Keep weight off the leg until then.',
    minimumLevel: 'consultation_24', seeFirst: 'urgent_care', sources: ['ottawa_knee_1995', 'bachmann_2004'],
  },
  {
    id: 'knee_dislocation', title: 'Possible dislocated knee',
    explanation: 'A knee that looks deformed after an injury, or a leg that is numb, weak, cold or unstable after a forceful knee injury, is consistent with a dislocation of the knee, which can damage the blood vessels and nerves behind the knee even after it has gone back into place.',
    whatToDo: 'Go to the emergency department now, or call the emergency number if you cannot be moved safely. Do not try to push it back.',
    minimumLevel: 'emergency', seeFirst: 'emergency_department', sources: ['cks_knee_pain', 'nhs_knee_pain', 'boyce_knee_dislocation_2015'],
  },
  {
    id: 'haemarthrosis_ligament_injury', title: 'Possible torn ligament with bleeding into the knee',
    explanation: 'A pop at the time of the injury and swelling within a few hours are consistent with bleeding inside the joint, most often from a torn cruciate ligament, a fracture or a kneecap dislocation.',
    whatToDo: 'Be seen today at urgent care or an emergency department. Rest, ice and raise the leg meanwhile.',
    minimumLevel: 'consultation_24', seeFirst: 'urgent_care', sources: ['cks_knee_pain', 'nhs_knee_pain'],
  },
  {
    id: 'locked_knee', title: 'Locked knee',
    explanation: 'A knee that is stuck and cannot be straightened is consistent with a torn piece of cartilage or a loose body blocking the joint. It needs a same-day assessment.',
    whatToDo: 'Be seen today. Do not force the knee straight.',
    minimumLevel: 'consultation_24', seeFirst: 'urgent_care', sources: ['cks_knee_pain'],
  },
  {
    id: 'spinal_fracture', title: 'Possible spinal fracture',
    explanation: 'Back pain after a forceful injury, or after even a minor fall when the bones are thin (osteoporosis or long-term steroid tablets), is consistent with a broken vertebra.',
    whatToDo: 'Be seen today. After a high-energy injury go to the emergency department now.',
    minimumLevel: 'consultation_24', seeFirst: 'urgent_care', sources: ['nice_ng59', 'cks_back_pain'],
  },
  {
    id: 'spinal_infection', title: 'Possible spinal infection',
    explanation: 'Back pain with a fever is consistent with an infection of the spine. Injecting drugs, a weak immune system or a recent spinal operation or injection make it more likely and more urgent: with them, new or night-time back pain needs checking the same day even without a fever, because up to half of spinal infections have none.',
    whatToDo: 'Be seen today. With a fever as well as drug injection, a weak immune system or a recent spinal procedure, or with leg weakness, go to the emergency department now.',
    minimumLevel: 'consultation_24', seeFirst: 'urgent_care', sources: ['nice_ng59', 'cks_back_pain'],
  },
  {
    id: 'spinal_malignancy', title: 'Back pain that needs checking for cancer',
    explanation: 'Back pain with a past cancer, or with weight loss that cannot be explained, is consistent with cancer affecting the spine. When the pain is severe, getting worse, worse at night or on straining, or in the middle of the back, it needs checking within 24 hours. With leg pain, numbness or weakness it is an emergency, because the spinal cord or nerves may be under pressure.',
    whatToDo: 'Mention your cancer history. If leg pain, numbness, weakness, difficulty walking or bladder or bowel changes start, go to an emergency department now.',
    minimumLevel: 'consultation', seeFirst: 'primary_care_physician', sources: ['nice_ng234', 'nice_cg75', 'nhs_back_pain'],
  },
  {
    id: 'progressive_neurological_deficit', title: 'Nerve weakness that is getting worse',
    explanation: 'Foot drop, or weakness or numbness that is getting worse, is consistent with a nerve being pressed harder over time. It needs an urgent assessment so the nerve can recover.',
    whatToDo: 'Be seen today. If both legs are affected, or bladder, bowel or saddle feeling changes, go to the emergency department now.',
    minimumLevel: 'consultation_24', seeFirst: 'urgent_care', sources: ['nice_ng59', 'cks_sciatica'],
  },
  {
    id: 'compartment_syndrome', title: 'Possible compartment syndrome',
    explanation: 'After an injury, a broken bone, an operation or a plaster cast, pain far worse than expected, pain when the toes or foot are moved, or a tight, swollen calf or thigh are consistent with pressure building up inside the muscles. Without an operation within hours the muscles and nerves can die.',
    whatToDo: 'Say at once if there is a plaster cast or a tight bandage on the leg: it may need loosening. Do not wait for the pain to settle.',
    minimumLevel: 'emergency', seeFirst: 'emergency_department', sources: ['boast_10_compartment'],
  },
  {
    id: 'childhood_hip_disorder', title: 'A child\'s hip that needs checking today',
    explanation: 'In a child or teenager, knee pain with a limp, or pain on moving the hip, can come from the hip: a slipped growth plate at the top of the thigh bone, Perthes disease, or an infection. These need a same-day check so the hip is not damaged.',
    whatToDo: 'Take the child to be seen today by a GP, urgent care or a children\'s emergency department. If they have a fever, go to the emergency department now.',
    minimumLevel: 'consultation_24', seeFirst: 'urgent_care', sources: ['nice_cg177_slipped', 'qld_paediatric_limp'],
  },
] as const satisfies readonly RedFlagInfo[];

export type RedFlagId = (typeof list)[number]['id'];
export const RED_FLAGS = indexById<(typeof list)[number], RedFlagInfo>(list);
export const RED_FLAG_IDS: readonly RedFlagId[] = list.map((r) => r.id);
