/**
 * The evidence vocabulary: every id a case may carry under `evidence` (the contract's
 * `evidence.json`, none renamed), each with the plain-language question the interview asks.
 * `meaning` is the contract's own wording; `question` and `help` are what a person reads.
 */
import { indexById } from './index-by-id.js';

export type EvidenceGroup =
  | 'where_it_hurts'
  | 'nerves'
  | 'knee'
  | 'injury'
  | 'blood_vessels'
  | 'whole_body'
  | 'background'
  | 'medicines';

/**
 * `yes_no`: the person can answer it. `clinician`: a finding only a clinician's examination
 * gives; the interview never asks it, but a clinician's intake may carry it.
 */
export type AnswerType = 'yes_no' | 'clinician';

export interface EvidenceItem {
  readonly id: string;
  readonly group: EvidenceGroup;
  readonly meaning: string;
  readonly question: string;
  readonly help: string;
  readonly answerType: AnswerType;
  /** true when a "yes" can raise a red flag on its own or with one other answer. */
  readonly redFlag: boolean;
}

export const EVIDENCE_GROUPS: Readonly<Record<EvidenceGroup, { title: string; contractName: string }>> = {
  where_it_hurts: { title: 'Where it hurts', contractName: 'where it hurts' },
  nerves: { title: 'Nerves', contractName: 'nerves' },
  knee: { title: 'The knee', contractName: 'knee' },
  injury: { title: 'Injuries', contractName: 'injury' },
  blood_vessels: { title: 'Blood vessels', contractName: 'blood vessels' },
  whole_body: { title: 'Your general health', contractName: 'whole body' },
  background: { title: 'Background', contractName: 'background' },
  medicines: { title: 'Medicines and conditions', contractName: 'medicines and cautions' },
};

const list = [
  // where it hurts
  { id: 'knee_pain', group: 'where_it_hurts', meaning: 'pain in or around the knee', question: 'Do you have pain in or around the knee?', help: 'Anywhere on the front, back or sides of the knee.', answerType: 'yes_no', redFlag: false },
  { id: 'low_back_pain', group: 'where_it_hurts', meaning: 'pain in the lower back', question: 'Do you have pain in your lower back?', help: 'Below the ribs and above the buttocks.', answerType: 'yes_no', redFlag: false },
  { id: 'buttock_pain', group: 'where_it_hurts', meaning: 'pain in the buttock', question: 'Do you have pain in the buttock?', help: 'One or both buttocks.', answerType: 'yes_no', redFlag: false },
  { id: 'leg_pain_to_knee', group: 'where_it_hurts', meaning: 'pain that travels from the back or buttock down the thigh as far as the knee, not below it', question: 'Does pain travel from your back or buttock down the thigh, as far as the knee but not below it?', help: 'A line of pain that runs down the thigh and stops at about the knee.', answerType: 'yes_no', redFlag: false },
  { id: 'leg_pain_below_knee', group: 'where_it_hurts', meaning: 'pain that travels from the back or buttock down the leg below the knee, into the calf or foot', question: 'Does pain travel from your back or buttock down the leg, below the knee into the calf or foot?', help: 'This is the typical path of sciatica: a line of pain that runs below the knee.', answerType: 'yes_no', redFlag: false },
  { id: 'leg_pain_worse_than_back', group: 'where_it_hurts', meaning: 'the leg pain is worse than the back pain', question: 'Is the pain in your leg worse than the pain in your back?', help: 'Compare the worst of each over the last day.', answerType: 'yes_no', redFlag: false },
  { id: 'leg_pain_both_sides', group: 'where_it_hurts', meaning: 'leg pain in both legs at once, or switching from one leg to the other', question: 'Is the leg pain in both legs, or does it switch from one leg to the other?', help: 'Pain in both legs can be a warning sign when it comes with back pain.', answerType: 'yes_no', redFlag: false },
  { id: 'pain_worse_cough_sneeze', group: 'where_it_hurts', meaning: 'leg pain gets worse on coughing, sneezing or straining', question: 'Does the leg pain get worse when you cough, sneeze or strain?', help: 'For example a sharp shoot of pain down the leg with a sneeze.', answerType: 'yes_no', redFlag: false },
  { id: 'pain_worse_sitting', group: 'where_it_hurts', meaning: 'pain gets worse after sitting for a long time', question: 'Does the pain get worse after sitting for a long time?', help: 'For example after a long drive or a long time at a desk.', answerType: 'yes_no', redFlag: false },
  { id: 'deep_buttock_pain_sitting', group: 'where_it_hurts', meaning: 'deep pain in the middle of the buttock, worse when sitting and eased by getting up, tender when pressed', question: 'Is there a deep pain in the middle of the buttock that is worse when you sit, eases when you get up, and hurts when pressed?', help: 'This is typical of the sciatic nerve being squeezed in the buttock, for example by the piriformis muscle.', answerType: 'yes_no', redFlag: false },
  { id: 'walking_leg_pain_eased_by_sitting', group: 'where_it_hurts', meaning: 'pain, heaviness or numbness in the legs on walking or standing, eased by sitting down or bending forward', question: 'Do your legs become painful, heavy or numb when you walk or stand, and ease when you sit down or bend forward?', help: 'For example needing to sit down, or lean on a shopping trolley, to walk further.', answerType: 'yes_no', redFlag: false },
  { id: 'calf_pain_walking_eased_by_standing', group: 'where_it_hurts', meaning: 'cramping calf pain on walking that eases within minutes of standing still', question: 'Do you get a cramping pain in the calf when you walk that eases within a few minutes of standing still?', help: 'You do not need to sit down or bend forward for it to ease.', answerType: 'yes_no', redFlag: false },
  { id: 'groin_pain', group: 'where_it_hurts', meaning: 'pain in the groin or the front of the hip', question: 'Do you have pain in the groin or at the front of the hip?', help: 'Hip problems often show as pain in the groin, and sometimes only in the knee.', answerType: 'yes_no', redFlag: false },
  { id: 'hip_movement_pain', group: 'where_it_hurts', meaning: 'pain or stiffness on moving the hip, such as putting on socks or shoes', question: 'Is it painful or stiff to move your hip, for example to put on socks or shoes?', help: 'Hip stiffness is easy to notice when bending to reach your feet.', answerType: 'yes_no', redFlag: false },
  // Added by the project (not in the contract's evidence.json): body-map areas, so the interview
  // knows where to look next. The engine never needs them to reach a level.
  { id: 'thigh_pain', group: 'where_it_hurts', meaning: 'pain in the thigh', question: 'Do you have pain in the thigh?', help: 'The front, back or side of the upper leg.', answerType: 'yes_no', redFlag: false },
  { id: 'calf_pain', group: 'where_it_hurts', meaning: 'pain in the calf or shin', question: 'Do you have pain in the calf or shin?', help: 'The lower leg, between the knee and the ankle.', answerType: 'yes_no', redFlag: false },
  { id: 'foot_pain', group: 'where_it_hurts', meaning: 'pain in the foot or ankle', question: 'Do you have pain in the foot or ankle?', help: 'Including the toes.', answerType: 'yes_no', redFlag: false },
  // Added by the project for Amendment 1 (guidance wins): spinal metastases are most often thoracic.
  { id: 'thoracic_back_pain', group: 'where_it_hurts', meaning: 'pain in the middle or upper back, between or below the shoulder blades', question: 'Do you have pain in the middle or upper back, between or below the shoulder blades?', help: 'Higher up than the lower back, at the level of the ribs.', answerType: 'yes_no', redFlag: true },
  { id: 'night_pain', group: 'where_it_hurts', meaning: 'severe pain at night that rest and changing position do not ease', question: 'Do you have severe pain at night that does not ease with rest or changing position?', help: 'Not just discomfort when you roll over: pain that keeps you awake whatever you do.', answerType: 'yes_no', redFlag: true },

  // nerves
  { id: 'numbness_tingling', group: 'nerves', meaning: 'numbness, tingling or pins and needles in the leg or foot', question: 'Do you have numbness, tingling or pins and needles in your leg or foot?', help: 'These are signs that a nerve may be involved.', answerType: 'yes_no', redFlag: false },
  { id: 'leg_weakness', group: 'nerves', meaning: 'the leg feels weak: hard to lift the knee, climb a step, or push off with the foot', question: 'Does your leg feel weak, for example hard to lift the knee, climb a step or push off with the foot?', help: 'Real weakness, not only pain stopping you.', answerType: 'yes_no', redFlag: true },
  { id: 'foot_drop', group: 'nerves', meaning: 'cannot lift the front of the foot or the toes; the foot slaps or catches when walking', question: 'Are you unable to lift the front of your foot or your toes, so the foot slaps down or catches when you walk?', help: 'Try standing on your heels: if one foot cannot lift its toes, answer yes.', answerType: 'yes_no', redFlag: true },
  { id: 'neuro_worsening', group: 'nerves', meaning: 'weakness or numbness that is getting worse over hours or days', question: 'Is the weakness or numbness getting worse over hours or days?', help: 'Spreading numbness, or a leg that is getting weaker.', answerType: 'yes_no', redFlag: true },
  { id: 'both_legs_numb_or_weak', group: 'nerves', meaning: 'numbness or weakness in both legs', question: 'Do you have numbness or weakness in both legs?', help: 'Both legs at the same time.', answerType: 'yes_no', redFlag: true },
  { id: 'saddle_numbness', group: 'nerves', meaning: 'numbness or altered feeling around the genitals, the back passage or the inner buttocks and thighs', question: 'Is there new numbness or a change in feeling around your genitals, back passage, or inner buttocks and thighs?', help: 'The area that would touch a saddle. You may notice it when wiping after the toilet.', answerType: 'yes_no', redFlag: true },
  { id: 'bladder_change', group: 'nerves', meaning: 'new trouble passing urine, not feeling the need to go, not feeling urine pass, or leaking urine', question: 'Have you had new trouble passing urine, not felt the need to go, not felt urine passing, or leaked urine?', help: 'Any new change in how your bladder works since the pain began.', answerType: 'yes_no', redFlag: true },
  { id: 'bowel_change', group: 'nerves', meaning: 'new loss of bowel control or not feeling bowel movements', question: 'Have you had new loss of control of your bowels, or not felt a bowel movement?', help: 'Any new change in bowel control since the pain began.', answerType: 'yes_no', redFlag: true },
  { id: 'sexual_change', group: 'nerves', meaning: 'new loss of sensation in the genitals or new loss of erection or ejaculation', question: 'Have you had new loss of feeling in the genitals, or new problems with erection or ejaculation?', help: 'A new change since the pain began.', answerType: 'yes_no', redFlag: true },
  // Added by the project (Amendment 1): long-standing, unchanged symptoms in both legs are a
  // neuropathy picture, new ones a cauda equina warning. Phrased so that "yes" is the worrying answer.
  { id: 'leg_symptoms_new', group: 'nerves', meaning: 'the leg pain, numbness or weakness started in the last 3 months, or has changed recently', question: 'Did the leg pain, numbness or weakness start in the last 3 months, or has it changed recently?', help: 'Answer no only if it has been there, unchanged, for longer than 3 months.', answerType: 'yes_no', redFlag: true },
  { id: 'reflex_reduced', group: 'nerves', meaning: 'a clinician found a reduced knee or ankle reflex', question: 'Has a clinician found a reduced knee or ankle reflex?', help: 'Only answer if a doctor or physiotherapist has examined you.', answerType: 'clinician', redFlag: false },
  { id: 'straight_leg_raise_positive', group: 'nerves', meaning: "a clinician's straight leg raise brought on leg pain below the knee", question: 'Did a clinician raising your straight leg bring on pain below the knee?', help: 'Only answer if a doctor or physiotherapist has examined you.', answerType: 'clinician', redFlag: false },

  // knee
  { id: 'knee_swelling', group: 'knee', meaning: 'the knee is swollen', question: 'Is your knee swollen?', help: 'Compare it with the other knee.', answerType: 'yes_no', redFlag: false },
  { id: 'knee_swelling_within_hours_of_injury', group: 'knee', meaning: 'the knee swelled up within a few hours of an injury', question: 'Did the knee swell up within a few hours of the injury?', help: 'Fast swelling often means bleeding inside the joint.', answerType: 'yes_no', redFlag: true },
  { id: 'knee_hot_red', group: 'knee', meaning: 'the knee is hot to the touch or red', question: 'Is the knee hot to the touch or red?', help: 'Feel it with the back of your hand and compare it with the other knee.', answerType: 'yes_no', redFlag: true },
  { id: 'knee_catching', group: 'knee', meaning: 'the knee catches or clicks painfully at times', question: 'Does the knee catch or click painfully at times?', help: 'A painful catch inside the knee, not a painless click.', answerType: 'yes_no', redFlag: false },
  { id: 'knee_locked', group: 'knee', meaning: 'the knee is stuck and cannot be straightened fully now', question: 'Is the knee stuck right now, so you cannot straighten it fully?', help: 'Something seems to block it, not just pain or stiffness.', answerType: 'yes_no', redFlag: true },
  { id: 'knee_giving_way', group: 'knee', meaning: 'the knee gives way or feels unstable', question: 'Does the knee give way or feel unstable?', help: 'For example on turning or on stairs.', answerType: 'yes_no', redFlag: false },
  { id: 'knee_stiffness_morning_long', group: 'knee', meaning: 'morning stiffness of the knee lasting more than 30 minutes', question: 'Is your knee stiff in the morning for more than 30 minutes?', help: 'Long morning stiffness can point to inflammation.', answerType: 'yes_no', redFlag: false },
  { id: 'knee_stiffness_after_rest_brief', group: 'knee', meaning: 'stiffness after rest that wears off within 30 minutes', question: 'Is the knee stiff after rest, wearing off within 30 minutes?', help: 'For example when you first get up after sitting.', answerType: 'yes_no', redFlag: false },
  { id: 'knee_grinding', group: 'knee', meaning: 'grinding or crunching in the knee on movement', question: 'Does the knee grind or crunch when it moves?', help: 'You may feel it with a hand on the kneecap.', answerType: 'yes_no', redFlag: false },
  { id: 'knee_pain_stairs_squat', group: 'knee', meaning: 'knee pain on stairs, squatting, kneeling or rising from a chair', question: 'Does the knee hurt on stairs, squatting, kneeling or getting up from a chair?', help: 'Pain brought on by bending the knee under load.', answerType: 'yes_no', redFlag: false },
  { id: 'knee_deformity', group: 'knee', meaning: 'the knee looks deformed or out of place', question: 'Does the knee look deformed or out of place?', help: 'A clearly abnormal shape compared with the other knee.', answerType: 'yes_no', redFlag: true },
  { id: 'knee_replacement', group: 'knee', meaning: 'has a knee replacement (prosthetic knee) on the painful side', question: 'Do you have a knee replacement in the painful knee?', help: 'An artificial (prosthetic) knee joint.', answerType: 'yes_no', redFlag: true },
  { id: 'recent_joint_injection', group: 'knee', meaning: 'a joint injection or surgery on this knee in the last 3 months, or a wound or skin infection near it', question: 'In the last 3 months, have you had an injection or an operation on this knee, or is there a wound or skin infection near it?', help: 'These raise the chance that a hot, swollen knee is infected.', answerType: 'yes_no', redFlag: true },

  // injury
  { id: 'recent_knee_injury', group: 'injury', meaning: 'an injury to the knee (fall, twist, blow) in the last 4 weeks', question: 'Have you injured the knee in the last 4 weeks, for example a fall, a twist or a blow?', help: 'Any injury, even one that seemed minor at the time.', answerType: 'yes_no', redFlag: false },
  { id: 'injury_pop', group: 'injury', meaning: 'felt or heard a pop at the time of the injury', question: 'Did you feel or hear a pop when it happened?', help: 'A pop can come from a torn ligament.', answerType: 'yes_no', redFlag: false },
  { id: 'high_energy_trauma', group: 'injury', meaning: 'a high-energy injury: road traffic collision, fall from height, high-speed sport collision', question: 'Was it a high-energy injury, such as a road collision, a fall from a height, or a high-speed sports collision?', help: 'Forceful injuries are more likely to break bones or dislocate a joint.', answerType: 'yes_no', redFlag: true },
  { id: 'cannot_bear_weight', group: 'injury', meaning: 'could not take four steps on the leg, both straight after the injury and now', question: 'Are you unable to take four steps on the leg (and, after an injury, were unable to straight after it too)?', help: 'Limping counts as a step; needing to be carried or hop does not.', answerType: 'yes_no', redFlag: true },
  { id: 'cannot_flex_90', group: 'injury', meaning: 'cannot bend the knee to a right angle', question: 'Are you unable to bend the knee to a right angle?', help: 'A right angle is how the knee bends when you sit on a chair.', answerType: 'yes_no', redFlag: true },
  { id: 'kneecap_tenderness', group: 'injury', meaning: 'tenderness on the kneecap alone (no other bony tenderness of the knee)', question: 'Is the kneecap itself tender when pressed, with no other bony tender spot?', help: 'Press gently on the kneecap (patella).', answerType: 'yes_no', redFlag: true },
  { id: 'fibular_head_tenderness', group: 'injury', meaning: 'tenderness of the bony bump on the outer side just below the knee (the head of the fibula)', question: 'Is the bony bump on the outer side just below the knee tender when pressed?', help: 'This bump is the head of the fibula, the thin bone of the lower leg.', answerType: 'yes_no', redFlag: true },
  // Added by the project (Amendment 1, BOAST 10).
  { id: 'compartment_signs', group: 'injury', meaning: 'after an injury, a broken bone, an operation or a plaster cast on the leg: pain far worse than expected, pain when the toes or foot are moved, or a calf or thigh that feels tight and swollen', question: 'Since an injury, a broken bone, an operation or a plaster cast on this leg, is the pain far worse than you would expect, does moving your toes or foot hurt a lot, or does the calf or thigh feel tight and swollen?', help: 'Pressure can build up inside the muscles after an injury (compartment syndrome). It needs treatment within hours.', answerType: 'yes_no', redFlag: true },
  { id: 'previous_knee_injury', group: 'injury', meaning: 'a past injury or operation of this knee', question: 'Have you injured or had an operation on this knee in the past?', help: 'Any time before the current problem.', answerType: 'yes_no', redFlag: false },
  { id: 'recent_back_trauma', group: 'injury', meaning: 'a fall or blow to the back in the last 4 weeks', question: 'Have you had a fall or a blow to the back in the last 4 weeks?', help: 'Even a small fall matters if the bones are thin.', answerType: 'yes_no', redFlag: true },

  // blood vessels
  { id: 'calf_swelling', group: 'blood_vessels', meaning: 'one calf or lower leg is swollen compared with the other', question: 'Is one calf or lower leg swollen compared with the other?', help: 'Compare both legs; a sock mark on one side only is a clue.', answerType: 'yes_no', redFlag: true },
  { id: 'calf_tenderness', group: 'blood_vessels', meaning: 'the calf is tender or painful to squeeze', question: 'Is the calf tender or painful when squeezed?', help: 'Squeeze gently along the back of the lower leg.', answerType: 'yes_no', redFlag: true },
  { id: 'leg_cold_pale', group: 'blood_vessels', meaning: 'the leg or foot has suddenly become cold, pale or blue, with severe pain', question: 'Has your leg or foot suddenly become cold, pale or blue, with severe pain?', help: 'This can mean the blood supply is blocked.', answerType: 'yes_no', redFlag: true },
  { id: 'chest_pain_or_breathless', group: 'blood_vessels', meaning: 'new chest pain, new shortness of breath, or coughing up blood', question: 'Do you have new chest pain, new shortness of breath, or are you coughing up blood?', help: 'These can mean a blood clot has reached the lungs.', answerType: 'yes_no', redFlag: true },
  { id: 'recent_surgery_or_immobility', group: 'blood_vessels', meaning: 'surgery, a plaster cast, or three days or more in bed in the last 12 weeks, or a journey of more than 4 hours in the last 4 weeks', question: 'In the last 12 weeks have you had surgery, a plaster cast, or three or more days in bed, or in the last 4 weeks a journey of more than 4 hours?', help: 'These raise the chance of a blood clot in the leg.', answerType: 'yes_no', redFlag: false },
  { id: 'previous_dvt_or_pe', group: 'blood_vessels', meaning: 'has had a blood clot in the leg (DVT) or lungs (PE) before', question: 'Have you had a blood clot in the leg (DVT) or the lungs (PE) before?', help: 'A past clot raises the chance of another.', answerType: 'yes_no', redFlag: false },

  // whole body
  { id: 'fever', group: 'whole_body', meaning: 'temperature of 38 C or above, or feeling feverish with shivers', question: 'Do you have a temperature of 38 °C or more, or feel feverish with shivers?', help: 'Measure it if you can.', answerType: 'yes_no', redFlag: true },
  { id: 'feels_very_unwell', group: 'whole_body', meaning: 'feels very unwell in themselves', question: 'Do you feel very unwell in yourself?', help: 'More than the pain: for example faint, confused, or too unwell to get up.', answerType: 'yes_no', redFlag: true },
  { id: 'weight_loss_unexplained', group: 'whole_body', meaning: 'has lost weight without trying', question: 'Have you lost weight without trying?', help: 'Weight loss you cannot explain by diet or activity.', answerType: 'yes_no', redFlag: true },
  { id: 'cancer_history', group: 'whole_body', meaning: 'has had cancer at any time', question: 'Have you ever had cancer?', help: 'At any time in the past, even if treated.', answerType: 'yes_no', redFlag: true },
  { id: 'cancer_active', group: 'whole_body', meaning: 'cancer being treated now or in the last 6 months, or palliative', question: 'Is a cancer being treated now, or was it treated in the last 6 months?', help: 'Including palliative care.', answerType: 'yes_no', redFlag: true },
  { id: 'immunosuppressed', group: 'whole_body', meaning: 'weakened immune system: long-term steroids, chemotherapy, transplant drugs, HIV', question: 'Is your immune system weakened, for example by long-term steroids, chemotherapy, transplant drugs or HIV?', help: 'A weak immune system makes infections more likely and more serious.', answerType: 'yes_no', redFlag: true },
  { id: 'injects_drugs', group: 'whole_body', meaning: 'injects drugs', question: 'Do you inject drugs?', help: 'This is asked because it raises the risk of infection in the spine and joints. Your answer is private.', answerType: 'yes_no', redFlag: true },
  { id: 'recent_spinal_procedure', group: 'whole_body', meaning: 'spinal surgery or a spinal injection in the last 3 months', question: 'Have you had spinal surgery or a spinal injection in the last 3 months?', help: 'Including an epidural steroid injection.', answerType: 'yes_no', redFlag: true },
  { id: 'osteoporosis_or_long_term_steroids', group: 'whole_body', meaning: 'has osteoporosis or takes steroid tablets long term', question: 'Do you have osteoporosis (thin bones), or take steroid tablets long term?', help: 'For example prednisolone for more than 3 months.', answerType: 'yes_no', redFlag: true },

  // background
  { id: 'history_knee_osteoarthritis', group: 'background', meaning: 'told by a clinician that the knee has osteoarthritis', question: 'Has a clinician told you that the knee has osteoarthritis?', help: 'Also called wear and tear arthritis.', answerType: 'yes_no', redFlag: false },
  { id: 'history_inflammatory_arthritis', group: 'background', meaning: 'has rheumatoid arthritis, psoriatic arthritis, or another inflammatory arthritis', question: 'Do you have rheumatoid arthritis, psoriatic arthritis or another inflammatory arthritis?', help: 'Conditions where the immune system inflames the joints.', answerType: 'yes_no', redFlag: false },
  { id: 'history_gout', group: 'background', meaning: 'has had gout or pseudogout', question: 'Have you had gout or pseudogout?', help: 'Sudden attacks of a hot, painful, swollen joint caused by crystals.', answerType: 'yes_no', redFlag: false },
  { id: 'history_disc_herniation', group: 'background', meaning: 'has had a herniated (slipped) disc in the lower back', question: 'Have you had a slipped (herniated) disc in the lower back?', help: 'Diagnosed by a clinician or on a scan.', answerType: 'yes_no', redFlag: false },
  { id: 'history_spinal_stenosis', group: 'background', meaning: 'has been told of narrowing of the spinal canal in the lower back (spinal stenosis)', question: 'Have you been told that the spinal canal in your lower back is narrowed (spinal stenosis)?', help: 'Usually found on a scan.', answerType: 'yes_no', redFlag: false },
  { id: 'overweight', group: 'background', meaning: 'body mass index of 30 or more, or told to lose weight for the joints', question: 'Is your body mass index 30 or more, or have you been advised to lose weight for your joints?', help: 'Extra weight adds load on the knees and back.', answerType: 'yes_no', redFlag: false },
  { id: 'limping', group: 'background', meaning: 'walking differently or limping because of the knee', question: 'Are you walking differently or limping because of the knee?', help: 'Others may notice it before you do.', answerType: 'yes_no', redFlag: false },
  { id: 'hip_or_core_weakness', group: 'background', meaning: 'weak hip or core muscles, found by a clinician or noticed as the pelvis dropping or the knee turning in', question: 'Are your hip or core muscles weak, for example the pelvis drops or the knee turns in when you stand on one leg?', help: 'A clinician may have told you, or you may see it in a mirror.', answerType: 'yes_no', redFlag: false },
  { id: 'sits_long_hours', group: 'background', meaning: 'sits for long stretches most days', question: 'Do you sit for long stretches most days?', help: 'For example at a desk or driving.', answerType: 'yes_no', redFlag: false },

  // medicines and cautions
  { id: 'takes_anticoagulant', group: 'medicines', meaning: 'takes a blood thinner (warfarin, apixaban, rivaroxaban, dabigatran, edoxaban, or daily aspirin or clopidogrel)', question: 'Do you take a blood thinner, such as warfarin, apixaban, rivaroxaban, dabigatran, edoxaban, or daily aspirin or clopidogrel?', help: 'Some pain killers are unsafe with blood thinners.', answerType: 'yes_no', redFlag: false },
  { id: 'stomach_ulcer_or_bleed_history', group: 'medicines', meaning: 'has had a stomach ulcer or a bleed from the stomach or gut', question: 'Have you had a stomach ulcer or a bleed from the stomach or gut?', help: 'Anti-inflammatory pain killers can cause ulcers and bleeding.', answerType: 'yes_no', redFlag: false },
  { id: 'kidney_disease', group: 'medicines', meaning: 'has kidney disease', question: 'Do you have kidney disease?', help: 'Anti-inflammatory pain killers can harm the kidneys.', answerType: 'yes_no', redFlag: false },
  { id: 'heart_failure_or_heart_disease', group: 'medicines', meaning: 'has heart failure, heart disease, or has had a stroke', question: 'Do you have heart failure or heart disease, or have you had a stroke?', help: 'Anti-inflammatory pain killers can strain the heart.', answerType: 'yes_no', redFlag: false },
  { id: 'high_blood_pressure', group: 'medicines', meaning: 'has high blood pressure', question: 'Do you have high blood pressure?', help: 'Anti-inflammatory pain killers can raise blood pressure.', answerType: 'yes_no', redFlag: false },
  { id: 'pregnant', group: 'medicines', meaning: 'is pregnant', question: 'Are you pregnant?', help: 'Some treatments are unsafe in pregnancy.', answerType: 'yes_no', redFlag: false },
  // Added by the project (Amendment 1, RCOG Green-top 37a): the weeks after birth carry a high clot risk.
  { id: 'postpartum', group: 'medicines', meaning: 'gave birth, or a pregnancy ended, in the last 6 weeks', question: 'Have you given birth, or has a pregnancy ended, in the last 6 weeks?', help: 'The weeks after a birth raise the chance of a blood clot in the leg.', answerType: 'yes_no', redFlag: false },
  { id: 'nsaid_asthma_or_allergy', group: 'medicines', meaning: 'asthma made worse by, or an allergy to, ibuprofen, aspirin or other anti-inflammatories', question: 'Is your asthma made worse by, or are you allergic to, ibuprofen, aspirin or other anti-inflammatories?', help: 'If so, these medicines are not for you.', answerType: 'yes_no', redFlag: false },
  { id: 'liver_disease', group: 'medicines', meaning: 'has liver disease or drinks heavily', question: 'Do you have liver disease, or drink heavily?', help: 'This affects how safe paracetamol is.', answerType: 'yes_no', redFlag: false },
  { id: 'diabetes', group: 'medicines', meaning: 'has diabetes', question: 'Do you have diabetes?', help: 'Diabetes affects healing, infection risk and steroid injections.', answerType: 'yes_no', redFlag: false },
] as const satisfies readonly EvidenceItem[];

export type EvidenceId = (typeof list)[number]['id'];

export const EVIDENCE: readonly EvidenceItem[] = list;

export const EVIDENCE_IDS: readonly EvidenceId[] = list.map((i) => i.id);

export const EVIDENCE_BY_ID = indexById<(typeof list)[number], EvidenceItem>(list);

export function isEvidenceId(id: string): id is EvidenceId {
  return Object.prototype.hasOwnProperty.call(EVIDENCE_BY_ID, id);
}
