/**
 * Exercises for each recovery phase: the stretching and strengthening the article names
 * (hamstrings, quadriceps, hip muscles; hip flexors and lower back in its stretching tip; hip and
 * core strengthening for muscle imbalance) and its low-impact activities (swimming, cycling,
 * walking). Exercise is the first-line treatment for low back pain with or without sciatica
 * (NICE NG59) and for knee osteoarthritis (NICE NG226; AAOS 2021).
 *
 * `patterns` says which pictures an exercise suits: knee, back and sciatica, or both. The plan
 * that picks from them lives in `engine/recovery-plan.ts`.
 */
import type { RecoveryPhase } from '../schemas/assessment.js';
import type { PatternId } from './patterns.js';
import type { SourceId } from './sources.js';
import { indexById } from './index-by-id.js';

export type ExerciseKind = 'stretching' | 'strengthening' | 'mobility' | 'low_impact';

export type ExerciseTarget =
  | 'hamstrings' | 'quadriceps' | 'hip_muscles' | 'hip_flexors' | 'buttocks' | 'core' | 'lower_back'
  | 'calves' | 'knee_joint' | 'balance' | 'circulation' | 'whole_body';

export const EXERCISE_TARGET_TITLES: Readonly<Record<ExerciseTarget, string>> = {
  hamstrings: 'hamstrings (back of the thigh)',
  quadriceps: 'quadriceps (front of the thigh)',
  hip_muscles: 'hip muscles',
  hip_flexors: 'hip flexors (front of the hip)',
  buttocks: 'buttock muscles',
  core: 'core (tummy and trunk muscles)',
  lower_back: 'lower back',
  calves: 'calves',
  knee_joint: 'knee joint movement',
  balance: 'balance',
  circulation: 'circulation in the legs',
  whole_body: 'whole-body fitness',
};

export interface ExerciseDose {
  readonly sets?: number;
  readonly reps?: number;
  readonly holdSeconds?: number;
  readonly minutes?: string;
  /** How often, in plain words. */
  readonly frequency: string;
}

export interface ExerciseInfo {
  readonly id: string;
  readonly title: string;
  readonly targets: readonly ExerciseTarget[];
  readonly kind: ExerciseKind;
  /** Plain steps, in order. */
  readonly steps: readonly string[];
  readonly dose: ExerciseDose;
  readonly progression: string;
  /** Reasons to stop particular to this exercise; the common ones are in EXERCISE_STOP_RULES. */
  readonly stopIf: readonly string[];
  readonly phases: readonly RecoveryPhase[];
  readonly patterns: readonly PatternId[];
  readonly sources: readonly SourceId[];
}

/** Reasons to stop that apply to every exercise (the article's "Listen to Your Body"). */
export const EXERCISE_STOP_RULES: readonly string[] = [
  'sharp pain, or pain that spreads down the leg',
  'new numbness, tingling or weakness',
  'pain more than 2 points above your usual the next day (do less next time)',
];

// Pictures each exercise suits. The knee-driven back strain (the article's central idea) is in both.
const KNEE = ['knee_osteoarthritis', 'knee_meniscus_or_ligament', 'patellofemoral_pain', 'inflammatory_or_crystal_arthritis', 'hip_referred_pain', 'knee_driven_back_strain'] as const satisfies readonly PatternId[];
const BACK = ['lumbar_radiculopathy', 'lumbar_spinal_stenosis', 'deep_gluteal_syndrome', 'nonspecific_low_back_pain', 'knee_driven_back_strain'] as const satisfies readonly PatternId[];
const BOTH = [...KNEE, ...BACK.filter((p) => p !== 'knee_driven_back_strain')] as const;
// Walking is the first treatment for narrowed leg arteries too (supervised exercise, NICE CG147).
const WALKERS = [...BOTH, 'peripheral_arterial_disease'] as const;

const KNEE_SOURCES = ['nice_ng226', 'aaos_oa_2021', 'article'] as const satisfies readonly SourceId[];
const BACK_SOURCES = ['nice_ng59', 'article'] as const satisfies readonly SourceId[];
const BOTH_SOURCES = ['nice_ng59', 'nice_ng226', 'aaos_oa_2021', 'article'] as const satisfies readonly SourceId[];

const list = [
  // ----- acute: gentle movement while the pain settles
  {
    id: 'ankle_pumps', title: 'Ankle pumps', targets: ['calves', 'circulation'], kind: 'mobility',
    steps: ['Sit or lie with your legs out straight.', 'Point your toes away from you, then pull them back towards you.', 'Keep it smooth and steady.'],
    dose: { sets: 1, reps: 20, frequency: 'every hour or two while you are resting a lot' },
    progression: 'Stop once you are up and walking several times a day.',
    stopIf: ['calf pain or swelling on one side (tell a doctor today)'],
    phases: ['acute'], patterns: WALKERS, sources: ['article', 'nice_ng59'],
  },
  {
    id: 'quad_sets', title: 'Thigh tightening (static quadriceps)', targets: ['quadriceps', 'knee_joint'], kind: 'strengthening',
    steps: ['Sit or lie with the leg straight and a rolled towel under the knee.', 'Tighten the front of the thigh to press the back of the knee down into the towel.', 'Hold, then relax slowly.'],
    dose: { sets: 1, reps: 10, holdSeconds: 5, frequency: '3 times a day' },
    progression: 'Hold for 10 seconds, then move on to straight leg raises.',
    stopIf: ['the knee locks or gives way'],
    phases: ['acute', 'subacute'], patterns: KNEE, sources: KNEE_SOURCES,
  },
  {
    id: 'heel_slides', title: 'Heel slides', targets: ['knee_joint', 'hamstrings'], kind: 'mobility',
    steps: ['Lie on your back with both legs straight.', 'Slide the heel of the sore leg towards your buttock, bending the knee as far as is comfortable.', 'Slide it back down slowly.'],
    dose: { sets: 1, reps: 10, frequency: '2 to 3 times a day' },
    progression: 'Bend a little further each day until the knee bends as far as the other one.',
    stopIf: ['the knee catches or locks'],
    phases: ['acute', 'subacute'], patterns: KNEE, sources: KNEE_SOURCES,
  },
  {
    id: 'pelvic_tilts', title: 'Pelvic tilts', targets: ['lower_back', 'core'], kind: 'mobility',
    steps: ['Lie on your back with knees bent and feet flat.', 'Gently flatten your lower back into the floor by tightening your tummy muscles.', 'Hold, then relax and let the back arch a little.'],
    dose: { sets: 1, reps: 10, holdSeconds: 5, frequency: '2 to 3 times a day' },
    progression: 'Do them sitting and standing as well, to practise good posture.',
    stopIf: [],
    phases: ['acute', 'subacute'], patterns: BACK, sources: BACK_SOURCES,
  },
  {
    id: 'knee_to_chest', title: 'Knee to chest stretch', targets: ['lower_back', 'buttocks'], kind: 'stretching',
    steps: ['Lie on your back with knees bent.', 'Bring one knee towards your chest, holding behind the thigh (not on the kneecap).', 'Hold, lower it, then do the other side.'],
    dose: { sets: 1, reps: 3, holdSeconds: 20, frequency: 'each side, 2 times a day' },
    progression: 'Bring both knees up together once one at a time is easy.',
    stopIf: ['it bends a painful knee too far: hold further up the thigh'],
    phases: ['acute', 'subacute'], patterns: BACK, sources: BACK_SOURCES,
  },
  {
    id: 'short_walks', title: 'Short, frequent walks', targets: ['whole_body', 'circulation'], kind: 'low_impact',
    steps: ['Walk at an easy pace on the flat, indoors or outside.', 'Use a stick in the hand opposite the sore leg if you are limping.', 'Stop before the pain builds, and rest.'],
    dose: { minutes: '5 to 10', frequency: 'several times a day' },
    progression: 'Add a few minutes each day, aiming for the walking programme by week 3.',
    stopIf: [],
    phases: ['acute'], patterns: WALKERS, sources: ['article', 'nice_ng59', 'acp_2017'],
  },

  // ----- stretching, subacute and rehabilitation (the article's stretching tip)
  {
    id: 'hamstring_stretch', title: 'Hamstring stretch', targets: ['hamstrings'], kind: 'stretching',
    steps: ['Sit on the edge of a chair with the sore leg straight out in front, heel on the floor.', 'Keep your back straight and lean forward from the hips until you feel a pull behind the thigh.', 'Hold without bouncing, then relax.'],
    dose: { sets: 1, reps: 3, holdSeconds: 30, frequency: 'each leg, once or twice a day' },
    progression: 'Lie on your back and hold the leg up with a towel around the foot for a stronger stretch.',
    stopIf: ['it sends pain or tingling below the knee: that is the nerve, not the muscle; ease off'],
    phases: ['subacute', 'rehabilitation'], patterns: BOTH, sources: BOTH_SOURCES,
  },
  {
    id: 'hip_flexor_stretch', title: 'Hip flexor stretch', targets: ['hip_flexors'], kind: 'stretching',
    steps: ['Stand in a short lunge, or kneel on a cushion with the other foot in front.', 'Tuck your bottom under and move your weight gently forward until you feel a stretch at the front of the back hip.', 'Hold, keeping your back upright.'],
    dose: { sets: 1, reps: 3, holdSeconds: 30, frequency: 'each side, once a day' },
    progression: 'Raise the arm on the stretching side overhead.',
    stopIf: ['kneeling hurts the knee: do it standing'],
    phases: ['subacute', 'rehabilitation'], patterns: BOTH, sources: BOTH_SOURCES,
  },
  {
    id: 'quadriceps_stretch', title: 'Quadriceps stretch', targets: ['quadriceps'], kind: 'stretching',
    steps: ['Stand holding a chair or wall.', 'Bend the knee and hold the ankle (or a towel around it) behind you.', 'Keep the knees together and hold until you feel a stretch at the front of the thigh.'],
    dose: { sets: 1, reps: 3, holdSeconds: 30, frequency: 'each leg, once a day' },
    progression: 'Lie on your front to do it if balance is a problem.',
    stopIf: ['pain in the front of the knee'],
    phases: ['subacute', 'rehabilitation'], patterns: KNEE, sources: KNEE_SOURCES,
  },
  {
    id: 'piriformis_stretch', title: 'Buttock (piriformis) stretch', targets: ['buttocks', 'hip_muscles'], kind: 'stretching',
    steps: ['Lie on your back with knees bent.', 'Cross the ankle of the sore side over the other knee.', 'Pull the lower thigh gently towards your chest until you feel a stretch deep in the buttock.'],
    dose: { sets: 1, reps: 3, holdSeconds: 30, frequency: 'each side, once or twice a day' },
    progression: 'Do it sitting on a chair too, for example at work.',
    stopIf: ['pain in the knee of the crossed leg'],
    phases: ['subacute', 'rehabilitation'], patterns: [...BACK, 'hip_referred_pain'], sources: [...BACK_SOURCES, 'hicks_deep_gluteal'],
  },
  {
    id: 'cat_camel', title: 'Cat and camel', targets: ['lower_back'], kind: 'mobility',
    steps: ['Kneel on all fours, hands under shoulders and knees under hips (a cushion under the knees).', 'Slowly round your back up, letting the head drop.', 'Then let the back sag gently and lift the head. Move within comfort.'],
    dose: { sets: 1, reps: 10, frequency: 'once or twice a day' },
    progression: 'Keep the movement slow and larger as stiffness eases.',
    stopIf: ['kneeling hurts the knee: do a seated version'],
    phases: ['subacute', 'rehabilitation'], patterns: BACK, sources: BACK_SOURCES,
  },

  // ----- strengthening, subacute
  {
    id: 'straight_leg_raise', title: 'Straight leg raise', targets: ['quadriceps', 'hip_flexors'], kind: 'strengthening',
    steps: ['Lie on your back, the other knee bent and foot flat.', 'Tighten the thigh of the straight leg, then lift it to the height of the other knee.', 'Hold, then lower it slowly.'],
    dose: { sets: 2, reps: 10, holdSeconds: 3, frequency: 'once a day' },
    progression: 'Add a light ankle weight, then a third set.',
    stopIf: ['the knee bends as you lift (the thigh is not ready yet: go back to thigh tightening)'],
    phases: ['subacute'], patterns: KNEE, sources: KNEE_SOURCES,
  },
  {
    id: 'bridges', title: 'Bridges', targets: ['buttocks', 'hamstrings', 'core', 'lower_back'], kind: 'strengthening',
    steps: ['Lie on your back with knees bent and feet flat, hip-width apart.', 'Tighten your tummy and buttocks and lift your hips until your body is straight from shoulders to knees.', 'Hold, then lower slowly.'],
    dose: { sets: 2, reps: 10, holdSeconds: 3, frequency: 'once a day' },
    progression: 'In rehabilitation: 3 sets, then lift one foot off the floor (single-leg bridge).',
    stopIf: ['cramp in the back of the thigh: walk the feet closer'],
    phases: ['subacute', 'rehabilitation'], patterns: BOTH, sources: BOTH_SOURCES,
  },
  {
    id: 'clamshells', title: 'Clamshells', targets: ['hip_muscles', 'buttocks'], kind: 'strengthening',
    steps: ['Lie on your side with hips and knees bent, feet together.', 'Keeping the feet together, lift the top knee without rolling your hips back.', 'Lower slowly.'],
    dose: { sets: 2, reps: 10, frequency: 'each side, once a day' },
    progression: 'Add a resistance band around the thighs, then move on to side-lying leg raises.',
    stopIf: [],
    phases: ['subacute', 'rehabilitation'], patterns: BOTH, sources: BOTH_SOURCES,
  },
  {
    id: 'mini_squats', title: 'Mini squats', targets: ['quadriceps', 'buttocks'], kind: 'strengthening',
    steps: ['Stand holding the back of a chair, feet hip-width apart.', 'Bend your knees a little as if starting to sit, keeping them over your toes and your weight through your heels.', 'Straighten up slowly.'],
    dose: { sets: 2, reps: 10, frequency: 'once a day' },
    progression: 'Bend a little deeper, then move on to sit to stand.',
    stopIf: ['pain at the front of the knee: bend less'],
    phases: ['subacute'], patterns: KNEE, sources: KNEE_SOURCES,
  },
  {
    id: 'bird_dog', title: 'Bird dog', targets: ['core', 'lower_back', 'buttocks'], kind: 'strengthening',
    steps: ['Kneel on all fours with a flat back (a cushion under the knees).', 'Slide one leg straight back, then lift it to hip height while keeping the back still.', 'Hold, lower, then change legs.'],
    dose: { sets: 2, reps: 8, holdSeconds: 5, frequency: 'each side, once a day' },
    progression: 'Lift the opposite arm forward at the same time.',
    stopIf: ['kneeling hurts the knee'],
    phases: ['subacute', 'rehabilitation'], patterns: BACK, sources: BACK_SOURCES,
  },

  // ----- strengthening and functional training, rehabilitation
  {
    id: 'sit_to_stand', title: 'Sit to stand', targets: ['quadriceps', 'buttocks', 'balance'], kind: 'strengthening',
    steps: ['Sit near the front of a firm chair, feet hip-width apart and slightly back.', 'Lean forward and stand up without using your hands if you can.', 'Sit back down slowly, with control.'],
    dose: { sets: 3, reps: 10, frequency: 'once a day' },
    progression: 'Use a lower chair, hold a weight to your chest, or pause just above the seat.',
    stopIf: ['the knee gives way'],
    phases: ['rehabilitation'], patterns: BOTH, sources: BOTH_SOURCES,
  },
  {
    id: 'step_ups', title: 'Step ups', targets: ['quadriceps', 'buttocks', 'balance'], kind: 'strengthening',
    steps: ['Stand facing the bottom stair, holding the rail.', 'Step up with the sore leg and straighten it fully, then step down with the other leg first.', 'Keep the knee in line over the middle of the foot.'],
    dose: { sets: 3, reps: 10, frequency: 'once a day' },
    progression: 'Use a higher step, let go of the rail, then add step-downs.',
    stopIf: ['the knee gives way or turns in'],
    phases: ['rehabilitation'], patterns: KNEE, sources: KNEE_SOURCES,
  },
  {
    id: 'side_lying_leg_raise', title: 'Side-lying leg raise', targets: ['hip_muscles', 'buttocks'], kind: 'strengthening',
    steps: ['Lie on your side, the bottom knee bent, the top leg straight in line with your body.', 'Lift the top leg towards the ceiling, toes pointing forward, without rolling back.', 'Lower slowly.'],
    dose: { sets: 3, reps: 10, frequency: 'each side, once a day' },
    progression: 'Add an ankle weight or a band.',
    stopIf: [],
    phases: ['rehabilitation'], patterns: BOTH, sources: BOTH_SOURCES,
  },
  {
    id: 'single_leg_balance', title: 'Standing on one leg', targets: ['balance', 'hip_muscles', 'knee_joint'], kind: 'strengthening',
    steps: ['Stand by a counter and lift the other foot.', 'Keep the standing knee soft and the pelvis level.', 'Hold, then change legs.'],
    dose: { reps: 3, holdSeconds: 30, frequency: 'each leg, once a day' },
    progression: 'Close your eyes, stand on a cushion, or do it while brushing your teeth.',
    stopIf: ['the knee gives way'],
    phases: ['rehabilitation'], patterns: BOTH, sources: BOTH_SOURCES,
  },
  {
    id: 'side_plank', title: 'Side plank on the knees', targets: ['core', 'hip_muscles'], kind: 'strengthening',
    steps: ['Lie on your side propped on your forearm, knees bent.', 'Lift your hips so your body is straight from shoulders to knees.', 'Hold, breathing normally, then lower.'],
    dose: { sets: 1, reps: 3, holdSeconds: 15, frequency: 'each side, once a day' },
    progression: 'Hold for 30 seconds, then straighten the legs.',
    stopIf: ['shoulder pain'],
    phases: ['rehabilitation'], patterns: BACK, sources: BACK_SOURCES,
  },
  {
    id: 'calf_raises', title: 'Calf raises', targets: ['calves', 'balance'], kind: 'strengthening',
    steps: ['Stand holding a counter, feet hip-width apart.', 'Rise up onto your toes, then lower slowly.', 'Keep your weight even on both feet.'],
    dose: { sets: 3, reps: 15, frequency: 'once a day' },
    progression: 'Do it on one leg, then off the edge of a step.',
    stopIf: [],
    phases: ['rehabilitation'], patterns: KNEE, sources: KNEE_SOURCES,
  },

  // ----- low impact (the article's "Stay Active")
  {
    id: 'stationary_cycling', title: 'Cycling (exercise bike)', targets: ['whole_body', 'quadriceps'], kind: 'low_impact',
    steps: ['Set the saddle so the knee is nearly straight at the bottom of the stroke.', 'Pedal at an easy pace with little resistance.', 'A slightly forward, seated position is often easiest on the back.'],
    dose: { minutes: '10 to 20', frequency: '3 to 5 days a week' },
    progression: 'Add 5 minutes a week, then a little more resistance.',
    stopIf: [],
    phases: ['subacute', 'rehabilitation'], patterns: WALKERS, sources: BOTH_SOURCES,
  },
  {
    id: 'swimming', title: 'Swimming or water walking', targets: ['whole_body'], kind: 'low_impact',
    steps: ['Walk in chest-deep water, or swim at an easy pace.', 'Front crawl or backstroke are easiest on the knee and back.', 'Avoid the breaststroke kick while the knee is sore.'],
    dose: { minutes: '20 to 30', frequency: '2 to 3 times a week' },
    progression: 'Swim for longer, or add water exercises.',
    stopIf: [],
    phases: ['subacute', 'rehabilitation'], patterns: BOTH, sources: BOTH_SOURCES,
  },
  {
    id: 'walking_programme', title: 'Walking programme', targets: ['whole_body'], kind: 'low_impact',
    steps: ['Walk at a comfortable, steady pace on even ground.', 'Wear supportive shoes.', 'Note how long you can walk in your check-in.'],
    dose: { minutes: '15 to 30', frequency: 'most days' },
    progression: 'Add 5 minutes a week, then gentle slopes, aiming for 150 minutes a week.',
    stopIf: ['calf cramp that makes you stop and eases on standing still (tell your GP)'],
    phases: ['subacute', 'rehabilitation'], patterns: WALKERS, sources: ['article', 'nice_ng59', 'nice_ng226', 'cks_pad'],
  },
] as const satisfies readonly ExerciseInfo[];

export type ExerciseId = (typeof list)[number]['id'];
export const EXERCISES: readonly ExerciseInfo[] = list;
export const EXERCISE_BY_ID = indexById<(typeof list)[number], ExerciseInfo>(list);
export const EXERCISE_IDS: readonly ExerciseId[] = list.map((e) => e.id);
