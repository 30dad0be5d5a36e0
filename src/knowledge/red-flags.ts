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
    explanation: 'The nerves at the bottom of the spine (the cauda equina) may be pressed. The signs are numbness in the saddle area, a change in how the bladder, bowel or sex organs work, new numbness or weakness in both legs, or new sciatica in both legs. If it is treated within hours, lasting harm to the bladder, bowel and legs can often be stopped.',
    whatToDo: 'Go to the emergency department now. Say you are worried about cauda equina syndrome. Do not wait for a GP appointment.',
    minimumLevel: 'emergency', seeFirst: 'emergency_department', sources: ['girft_ces_2023', 'nhs_sciatica', 'cks_sciatica', 'nice_ng59'],
  },
  {
    id: 'pulmonary_embolism', title: 'Possible blood clot in the lungs (pulmonary embolism)',
    explanation: 'New chest pain, feeling short of breath, or coughing up blood can mean a blood clot has moved to the lungs. This is more likely with a swollen or tender calf, or a reason for clots. It can kill.',
    whatToDo: 'Call the emergency number now.',
    minimumLevel: 'emergency_ambulance', seeFirst: 'emergency_department', sources: ['nhs_dvt', 'nice_ng158'],
  },
  {
    id: 'acute_limb_ischaemia', title: 'Possible blocked blood supply to the leg (acute limb ischaemia)',
    explanation: 'A leg or foot that suddenly turns cold, pale or blue, with bad pain, can mean an artery is blocked. Without blood, the leg can be lost within hours.',
    whatToDo: 'Call the emergency number now.',
    minimumLevel: 'emergency_ambulance', seeFirst: 'emergency_department', sources: ['nhs_highland_vascular', 'acute_limb_ischaemia'],
  },
  {
    id: 'septic_arthritis', title: 'Possible infected joint (septic arthritis)',
    explanation: 'A hot, swollen knee must be treated as infected until a doctor shows it is not, even without a fever. Some people are at more risk: with a knee replacement, a recent injection or operation on the knee, a weak immune system, or if they inject drugs. For them, a fever or feeling very unwell is enough, even if the knee does not look hot or swollen. In a child, a limp with a fever can be an infected hip or knee. An infection can destroy a joint within days and spread to the blood.',
    whatToDo: 'Be seen today. Do not take anti-inflammatories or antibiotics before a doctor has seen the knee. They can hide an infection.',
    minimumLevel: 'consultation_24', seeFirst: 'urgent_care', sources: ['bsr_hot_joint_2006', 'cks_septic_arthritis'],
  },
  {
    id: 'deep_vein_thrombosis', title: 'Possible blood clot in the leg (deep vein thrombosis)',
    explanation: 'One swollen or tender calf can be a blood clot in a deep vein of the leg. It is more likely after an operation, a long journey or time in bed, after an earlier clot, in pregnancy, or in the 6 weeks after a birth. It needs a scan or a blood test the same day, because the clot can move to the lungs.',
    whatToDo: 'Be seen today. If chest pain or trouble breathing starts, call the emergency number.',
    minimumLevel: 'consultation_24', seeFirst: 'urgent_care', sources: ['nice_ng158', 'wells_2003', 'rcog_gtg37b'],
  },
  {
    id: 'knee_fracture', title: 'Possible broken bone around the knee (Ottawa knee rule)',
    explanation: 'After a knee injury, a simple set of checks (the Ottawa knee rule) says when you need an X-ray. You need one if you are 55 or older, if only the kneecap is tender, if the bony bump below the outer knee is tender, if the knee cannot bend to a right angle, or if you cannot take four steps. Any of these can mean a broken bone.',
    whatToDo: 'Be seen at urgent care or an emergency department today for an X-ray. Keep your weight off the leg until then.',
    minimumLevel: 'consultation_24', seeFirst: 'urgent_care', sources: ['ottawa_knee_1995', 'bachmann_2004'],
  },
  {
    id: 'knee_dislocation', title: 'Possible dislocated knee',
    explanation: 'After a hard knee injury, a knee that looks out of shape, or a leg that is numb, weak, cold or wobbly, can mean the knee was dislocated (knocked out of place). This can harm the blood vessels and nerves behind the knee, even after it has gone back into place.',
    whatToDo: 'Go to the emergency department now. Call the emergency number if you cannot be moved safely. Do not try to push the knee back.',
    minimumLevel: 'emergency', seeFirst: 'emergency_department', sources: ['cks_knee_pain', 'nhs_knee_pain', 'boyce_knee_dislocation_2015'],
  },
  {
    id: 'haemarthrosis_ligament_injury', title: 'Possible torn ligament with bleeding into the knee',
    explanation: 'A pop when the injury happened, and swelling within a few hours, can mean bleeding inside the joint. The cause is most often a torn ligament, a broken bone, or a kneecap that slipped out of place.',
    whatToDo: 'Be seen today at urgent care or an emergency department. Until then, rest, use ice and raise the leg.',
    minimumLevel: 'consultation_24', seeFirst: 'urgent_care', sources: ['cks_knee_pain', 'nhs_knee_pain'],
  },
  {
    id: 'locked_knee', title: 'Locked knee',
    explanation: 'A knee that is stuck and cannot be straightened may have a torn piece of cartilage, or a loose piece, blocking the joint. It needs to be checked today.',
    whatToDo: 'Be seen today. Do not force the knee straight.',
    minimumLevel: 'consultation_24', seeFirst: 'urgent_care', sources: ['cks_knee_pain'],
  },
  {
    id: 'spinal_fracture', title: 'Possible spinal fracture',
    explanation: 'Back pain after a hard injury can mean a broken bone in the spine. So can a small fall when the bones are thin, from osteoporosis or from steroid tablets taken for a long time.',
    whatToDo: 'Be seen today. After a hard injury, such as a car crash or a fall from a height, go to the emergency department now.',
    minimumLevel: 'consultation_24', seeFirst: 'urgent_care', sources: ['nice_ng59', 'cks_back_pain'],
  },
  {
    id: 'spinal_infection', title: 'Possible spinal infection',
    explanation: 'Back pain with a fever can mean an infection in the spine. It is more likely, and more urgent, if you inject drugs, have a weak immune system, or had an operation or injection in the spine lately. Then new back pain, or pain at night, needs to be checked the same day even without a fever. Up to half of spine infections cause no fever.',
    whatToDo: 'Be seen today. Go to the emergency department now if there is a fever and you also inject drugs, have a weak immune system, or had an operation or injection in the spine lately. Go now too if a leg is weak.',
    minimumLevel: 'consultation_24', seeFirst: 'urgent_care', sources: ['nice_ng59', 'cks_back_pain'],
  },
  {
    id: 'spinal_malignancy', title: 'Back pain that needs checking for cancer',
    explanation: 'Back pain after a cancer, or with weight loss you cannot explain, can mean cancer in the spine. If the pain is bad, getting worse, worse at night or when you strain, or in the middle of the back, it needs to be checked within a day. With leg pain, numbness or weakness it is an emergency: the spinal cord or nerves may be pressed.',
    whatToDo: 'Tell them about your cancer. If leg pain, numbness, weakness, trouble walking, or bladder or bowel changes start, go to an emergency department now.',
    minimumLevel: 'consultation', seeFirst: 'primary_care_physician', sources: ['nice_ng234', 'nice_cg75', 'nhs_back_pain'],
  },
  {
    id: 'progressive_neurological_deficit', title: 'Nerve weakness that is getting worse',
    explanation: 'A foot that drops, or weakness or numbness that is getting worse, can mean a nerve is being pressed harder and harder. It needs to be checked soon, so the nerve can recover.',
    whatToDo: 'Be seen today. If both legs are affected, or the bladder, bowel or feeling in the saddle area changes, go to the emergency department now.',
    minimumLevel: 'consultation_24', seeFirst: 'urgent_care', sources: ['nice_ng59', 'cks_sciatica'],
  },
  {
    id: 'compartment_syndrome', title: 'Possible compartment syndrome',
    explanation: 'After an injury, a broken bone, an operation or a plaster cast, pressure can build up inside the muscles. The signs are pain far worse than you would expect, pain when the toes or foot move, or a tight, swollen calf or thigh. Without an operation within hours, the muscles and nerves can die.',
    whatToDo: 'Say at once if there is a plaster cast or a tight bandage on the leg: it may need loosening. Do not wait for the pain to settle.',
    minimumLevel: 'emergency', seeFirst: 'emergency_department', sources: ['boast_10_compartment'],
  },
  {
    id: 'childhood_hip_disorder', title: 'A child\'s hip that needs checking today',
    explanation: 'In a child or teenager, knee pain with a limp, or pain when the hip moves, can come from the hip. The cause may be a slipped growth plate at the top of the thigh bone, Perthes disease, or an infection. The hip needs a check the same day, so it is not damaged.',
    whatToDo: 'Take the child to be seen today by a GP, urgent care or a children\'s emergency department. If they have a fever, go to the emergency department now.',
    minimumLevel: 'consultation_24', seeFirst: 'urgent_care', sources: ['nice_cg177_slipped', 'qld_paediatric_limp'],
  },
] as const satisfies readonly RedFlagInfo[];

export type RedFlagId = (typeof list)[number]['id'];
export const RED_FLAGS = indexById<(typeof list)[number], RedFlagInfo>(list);
export const RED_FLAG_IDS: readonly RedFlagId[] = list.map((r) => r.id);
