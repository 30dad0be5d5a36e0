/**
 * How each exercise looks: a start and an end position of a simple body model, as joint angles
 * (and, where a hand or foot rests on something, the point it reaches), with the props around
 * it and a plain description of each position. A new exercise needs data here, not drawing: the
 * pure renderer in `src/exercise-pictures/` turns it into an SVG for the web, print and the PDF.
 *
 * Units are centimetres of a 171 cm adult, y up from the floor, the person facing +x (right).
 * Angles are degrees in the picture plane:
 *  - `trunk`: lean from upright, forward positive (90 face down, -90 lying on the back);
 *  - `curve`: how much the back rounds (positive) or arches (negative);
 *  - `head`: chin towards the chest (positive) or head lifted (negative);
 *  - leg `hip`: the thigh forward of the trunk's line (flexion), `knee`: flexion,
 *    `ankle`: toes pointed (plantarflexion, negative pulls them up);
 *  - arm `shoulder`: the arm forward of the trunk's line, `elbow`: flexion.
 * A limb can instead reach a point (`foot`/`hand`, solved as two bones), or, for the few
 * positions seen from the front (side-lying), have its knee and foot placed directly.
 */
import type { ExerciseId } from './exercises.js';

export type Vec = readonly [number, number];

/** Points of the body a target can be relative to, or the picture anchored by. */
export type BodyPoint =
  | 'hip' | 'midBack' | 'neck' | 'head'
  | 'nearKnee' | 'nearAnkle' | 'nearHeel' | 'nearToe' | 'nearElbow' | 'nearHand'
  | 'farKnee' | 'farAnkle' | 'farHeel' | 'farToe' | 'farElbow' | 'farHand';

/** A point in the room, one relative to a body point, or one on a circle (a pedal). */
export type Target =
  | Vec
  | { readonly from: BodyPoint; readonly offset: Vec }
  | { readonly around: Vec; readonly radius: number; readonly angle: number };

export type LegPose =
  | { readonly hip: number; readonly knee: number; readonly ankle?: number }
  /** The ankle at a point; `bend` 1 puts the knee forward (the usual), -1 back. `foot` is the foot's direction (0 down, 90 forward). */
  | { readonly foot: Target; readonly bend?: 1 | -1; readonly footAngle?: number }
  /** Seen from the front: knee and ankle placed directly. */
  | { readonly kneeAt: Target; readonly ankleAt: Target; readonly footAngle?: number };

export type ArmPose =
  | { readonly shoulder: number; readonly elbow: number }
  /** `bend` 1 puts the elbow down or back (the usual), -1 up or forward. */
  | { readonly hand: Target; readonly bend?: 1 | -1 };

/** Parts drawn in the effort colour: the muscles working or stretching. */
export type BodyPart = 'nearThigh' | 'nearShin' | 'farThigh' | 'trunk' | 'nearCalf' | 'buttocks';

export interface Pose {
  readonly anchor: { readonly point: BodyPoint; readonly at: Vec };
  readonly trunk: number;
  readonly curve?: number;
  readonly head?: number;
  readonly near: { readonly leg: LegPose; readonly arm: ArmPose };
  readonly far: { readonly leg: LegPose; readonly arm: ArmPose };
  readonly effort?: readonly BodyPart[];
  /** What the position looks like, in plain words (the picture's text alternative). */
  readonly text: string;
}

export type Prop =
  | { readonly kind: 'floor' }
  | { readonly kind: 'mat'; readonly from: number; readonly to: number }
  /** The floor seen from above and in front (the side-lying positions): a mat from `near` to `far` height. */
  | { readonly kind: 'floorPlane'; readonly from: number; readonly to: number; readonly near: number; readonly far: number }
  | { readonly kind: 'chair'; readonly x: number; readonly facing: 1 | -1 }
  | { readonly kind: 'counter'; readonly x: number }
  | { readonly kind: 'step'; readonly from: number; readonly to: number; readonly height: number }
  | { readonly kind: 'rail'; readonly from: number; readonly to: number; readonly height: number }
  | { readonly kind: 'towel'; readonly at: Vec }
  | { readonly kind: 'cushion'; readonly from: number; readonly to: number; readonly height: number }
  | { readonly kind: 'pillow'; readonly at: Vec }
  | { readonly kind: 'bike'; readonly saddle: Vec; readonly crank: Vec; readonly bars: Vec }
  | { readonly kind: 'water'; readonly level: number }
  | { readonly kind: 'stick'; readonly hand: 'near' | 'far' }
  | { readonly kind: 'tree'; readonly x: number };

export interface ExercisePicture {
  readonly id: ExerciseId;
  /** 'side': seen from the side; 'front': a side-lying position seen from the front. */
  readonly view: 'side' | 'front';
  readonly props: readonly Prop[];
  readonly start: Pose;
  readonly end: Pose;
  /** Body points whose path from start to end is drawn as an arrow. */
  readonly arrows: readonly BodyPoint[];
}

// Shared positions -------------------------------------------------------------------------------

const FLOOR: Prop = { kind: 'floor' };
/** Lying on the back, head to the left; the hips at the height of the body's half-thickness. */
const SUPINE_HIP: Vec = [0, 12];
const LYING_ARM = { shoulder: 0, elbow: 0 } as const;
const KNEE_BENT_FOOT: (x: number) => LegPose = (x) => ({ foot: [x, 7], footAngle: 90 });
/** On all fours facing right: hips over knees, shoulders over hands. */
const ALL_FOURS_HIP: Vec = [0, 52];
const ALL_FOURS_LEG: LegPose = { hip: 84, knee: 90, ankle: 90 };
const ALL_FOURS_HANDS = { hand: [56, 4] as Vec } as const;
const STAND_LEG = { hip: 0, knee: 0, ankle: 0 } as const;

const list: readonly ExercisePicture[] = [
  {
    id: 'ankle_pumps', view: 'side', arrows: ['nearToe'],
    props: [FLOOR, { kind: 'mat', from: -75, to: 100 }, { kind: 'pillow', at: [-52, 14] }],
    start: {
      anchor: { point: 'hip', at: [0, 12] }, trunk: -60, head: 20,
      near: { leg: { hip: 30, knee: 0, ankle: 45 }, arm: { shoulder: 20, elbow: 30 } },
      far: { leg: { hip: 30, knee: 0, ankle: 45 }, arm: { shoulder: 20, elbow: 30 } },
      text: 'Half lying, propped on a pillow, legs out straight, toes pointed away.',
    },
    end: {
      anchor: { point: 'hip', at: [0, 12] }, trunk: -60, head: 20,
      near: { leg: { hip: 30, knee: 0, ankle: -15 }, arm: { shoulder: 20, elbow: 30 } },
      far: { leg: { hip: 30, knee: 0, ankle: -15 }, arm: { shoulder: 20, elbow: 30 } },
      effort: ['nearShin'],
      text: 'The same, toes pulled back towards you.',
    },
  },
  {
    id: 'quad_sets', view: 'side', arrows: ['nearKnee'],
    props: [FLOOR, { kind: 'mat', from: -80, to: 100 }, { kind: 'towel', at: [44, 8] }],
    start: {
      anchor: { point: 'hip', at: SUPINE_HIP }, trunk: -90,
      near: { leg: { hip: 12, knee: 26, ankle: 10 }, arm: LYING_ARM },
      far: { leg: KNEE_BENT_FOOT(48), arm: LYING_ARM },
      text: 'Lying on your back, a rolled towel under the knee, thigh relaxed.',
    },
    end: {
      anchor: { point: 'hip', at: SUPINE_HIP }, trunk: -90,
      near: { leg: { hip: 3, knee: 0, ankle: -10 }, arm: LYING_ARM },
      far: { leg: KNEE_BENT_FOOT(48), arm: LYING_ARM },
      effort: ['nearThigh'],
      text: 'Thigh tightened, pressing the back of the knee down into the towel.',
    },
  },
  {
    id: 'heel_slides', view: 'side', arrows: ['nearHeel'],
    props: [FLOOR, { kind: 'mat', from: -80, to: 100 }],
    start: {
      anchor: { point: 'hip', at: SUPINE_HIP }, trunk: -90,
      near: { leg: { foot: [86, 7], footAngle: 170 }, arm: LYING_ARM },
      far: { leg: { hip: 0, knee: 0, ankle: 10 }, arm: LYING_ARM },
      text: 'Lying on your back, both legs straight.',
    },
    end: {
      anchor: { point: 'hip', at: SUPINE_HIP }, trunk: -90,
      near: { leg: { foot: [40, 7], footAngle: 100 }, arm: LYING_ARM },
      far: { leg: { hip: 0, knee: 0, ankle: 10 }, arm: LYING_ARM },
      text: 'The heel slid up towards the buttock, the knee bent.',
    },
  },
  {
    id: 'pelvic_tilts', view: 'side', arrows: ['midBack'],
    props: [FLOOR, { kind: 'mat', from: -80, to: 70 }],
    start: {
      anchor: { point: 'hip', at: SUPINE_HIP }, trunk: -90, curve: -10,
      near: { leg: KNEE_BENT_FOOT(45), arm: LYING_ARM },
      far: { leg: KNEE_BENT_FOOT(48), arm: LYING_ARM },
      text: 'Lying on your back, knees bent, feet flat, a small arch under the lower back.',
    },
    end: {
      anchor: { point: 'hip', at: SUPINE_HIP }, trunk: -90, curve: 6,
      near: { leg: KNEE_BENT_FOOT(45), arm: LYING_ARM },
      far: { leg: KNEE_BENT_FOOT(48), arm: LYING_ARM },
      effort: ['trunk'],
      text: 'Tummy tightened, the lower back pressed flat into the floor.',
    },
  },
  {
    id: 'knee_to_chest', view: 'side', arrows: ['nearKnee'],
    props: [FLOOR, { kind: 'mat', from: -80, to: 70 }],
    start: {
      anchor: { point: 'hip', at: SUPINE_HIP }, trunk: -90,
      near: { leg: KNEE_BENT_FOOT(45), arm: { hand: { from: 'nearKnee', offset: [-8, -4] } } },
      far: { leg: KNEE_BENT_FOOT(48), arm: LYING_ARM },
      text: 'Lying on your back, knees bent, hands behind one thigh.',
    },
    end: {
      anchor: { point: 'hip', at: SUPINE_HIP }, trunk: -90,
      near: { leg: { hip: 125, knee: 115, ankle: 10 }, arm: { hand: { from: 'nearKnee', offset: [2, -8] } } },
      far: { leg: KNEE_BENT_FOOT(48), arm: LYING_ARM },
      effort: ['buttocks'],
      text: 'That knee pulled gently towards the chest, holding behind the thigh.',
    },
  },
  {
    id: 'short_walks', view: 'side', arrows: [],
    props: [FLOOR, { kind: 'stick', hand: 'far' }],
    start: {
      anchor: { point: 'hip', at: [0, 89] }, trunk: 3,
      near: { leg: { foot: [22, 7], footAngle: 80 }, arm: { shoulder: -15, elbow: 10 } },
      far: { leg: { foot: [-18, 9], footAngle: 110 }, arm: { hand: [28, 75] } },
      text: 'Walking at an easy pace, a stick in the hand on the good side.',
    },
    end: {
      anchor: { point: 'hip', at: [0, 89] }, trunk: 3,
      near: { leg: { foot: [-16, 9], footAngle: 110 }, arm: { shoulder: 10, elbow: 15 } },
      far: { leg: { foot: [20, 7], footAngle: 80 }, arm: { hand: [22, 75] } },
      text: 'The next step, the stick moving with the sore leg.',
    },
  },
  {
    id: 'hamstring_stretch', view: 'side', arrows: ['neck'],
    props: [FLOOR, { kind: 'chair', x: -12, facing: 1 }],
    start: {
      anchor: { point: 'hip', at: [0, 55] }, trunk: 0,
      near: { leg: { foot: [74, 7], footAngle: 170 }, arm: { hand: { from: 'nearKnee', offset: [-22, 4] } } },
      far: { leg: { foot: [32, 7], footAngle: 90 }, arm: { hand: { from: 'farKnee', offset: [-6, 6] } } },
      text: 'Sitting on the edge of a chair, one leg straight out with the heel on the floor, back straight.',
    },
    end: {
      anchor: { point: 'hip', at: [0, 55] }, trunk: 38,
      near: { leg: { foot: [74, 7], footAngle: 170 }, arm: { hand: { from: 'nearKnee', offset: [2, 2] } } },
      far: { leg: { foot: [32, 7], footAngle: 90 }, arm: { hand: { from: 'farKnee', offset: [0, 6] } } },
      effort: ['nearThigh'],
      text: 'Leaning forward from the hips with a straight back until the back of the thigh pulls.',
    },
  },
  {
    id: 'hip_flexor_stretch', view: 'side', arrows: ['hip'],
    props: [FLOOR, { kind: 'cushion', from: -30, to: 8, height: 6 }],
    start: {
      anchor: { point: 'nearKnee', at: [-12, 12] }, trunk: 0,
      near: { leg: { hip: -8, knee: 78, ankle: 85 }, arm: { hand: { from: 'farKnee', offset: [-6, 4] } } },
      far: { leg: { foot: [44, 7], footAngle: 90 }, arm: { hand: { from: 'farKnee', offset: [-2, 6] } } },
      text: 'Kneeling on a cushion on the sore side, the other foot in front, body upright.',
    },
    end: {
      anchor: { point: 'nearKnee', at: [-12, 12] }, trunk: -4,
      near: { leg: { hip: -30, knee: 58, ankle: 85 }, arm: { hand: { from: 'farKnee', offset: [-6, 4] } } },
      far: { leg: { foot: [44, 7], footAngle: 90 }, arm: { hand: { from: 'farKnee', offset: [-2, 6] } } },
      effort: ['nearThigh'],
      text: 'Bottom tucked under, weight moved forward: a stretch at the front of the back hip.',
    },
  },
  {
    id: 'quadriceps_stretch', view: 'side', arrows: ['nearAnkle'],
    props: [FLOOR, { kind: 'chair', x: 58, facing: 1 }],
    start: {
      anchor: { point: 'farHeel', at: [0, 0] }, trunk: 0,
      near: { leg: STAND_LEG, arm: { shoulder: -5, elbow: 10 } },
      far: { leg: STAND_LEG, arm: { hand: [34, 96] } },
      text: 'Standing tall, one hand on the back of a chair.',
    },
    end: {
      anchor: { point: 'farHeel', at: [0, 0] }, trunk: 0,
      near: { leg: { hip: -8, knee: 135, ankle: 40 }, arm: { hand: { from: 'nearAnkle', offset: [0, 2] } } },
      far: { leg: STAND_LEG, arm: { hand: [34, 96] } },
      effort: ['nearThigh'],
      text: 'Knee bent, holding the ankle behind you, knees together: a stretch at the front of the thigh.',
    },
  },
  {
    id: 'piriformis_stretch', view: 'side', arrows: ['farKnee'],
    props: [FLOOR, { kind: 'mat', from: -80, to: 70 }],
    start: {
      anchor: { point: 'hip', at: SUPINE_HIP }, trunk: -90,
      near: { leg: { foot: { from: 'farKnee', offset: [2, 8] }, bend: 1, footAngle: 150 }, arm: LYING_ARM },
      far: { leg: KNEE_BENT_FOOT(46), arm: LYING_ARM },
      text: 'Lying on your back, knees bent, the ankle of the sore side crossed over the other knee.',
    },
    end: {
      anchor: { point: 'hip', at: SUPINE_HIP }, trunk: -90,
      near: { leg: { foot: { from: 'farKnee', offset: [8, 4] }, bend: 1, footAngle: 150 }, arm: { hand: { from: 'farKnee', offset: [-10, -6] } } },
      far: { leg: { hip: 95, knee: 90, ankle: 10 }, arm: { hand: { from: 'farKnee', offset: [-10, -6] } } },
      effort: ['buttocks'],
      text: 'The lower thigh pulled towards the chest: a stretch deep in the buttock.',
    },
  },
  {
    id: 'cat_camel', view: 'side', arrows: ['midBack'],
    props: [FLOOR, { kind: 'cushion', from: -14, to: 14, height: 4 }],
    start: {
      anchor: { point: 'hip', at: ALL_FOURS_HIP }, trunk: 84, curve: 22, head: 35,
      near: { leg: ALL_FOURS_LEG, arm: ALL_FOURS_HANDS },
      far: { leg: ALL_FOURS_LEG, arm: ALL_FOURS_HANDS },
      effort: ['trunk'],
      text: 'On all fours, the back rounded up, the head dropped.',
    },
    end: {
      anchor: { point: 'hip', at: ALL_FOURS_HIP }, trunk: 84, curve: -14, head: -30,
      near: { leg: ALL_FOURS_LEG, arm: ALL_FOURS_HANDS },
      far: { leg: ALL_FOURS_LEG, arm: ALL_FOURS_HANDS },
      text: 'The back let sag gently, the head lifted.',
    },
  },
  {
    id: 'straight_leg_raise', view: 'side', arrows: ['nearAnkle'],
    props: [FLOOR, { kind: 'mat', from: -80, to: 100 }],
    start: {
      anchor: { point: 'hip', at: SUPINE_HIP }, trunk: -90,
      near: { leg: { hip: 0, knee: 0, ankle: 0 }, arm: LYING_ARM },
      far: { leg: KNEE_BENT_FOOT(48), arm: LYING_ARM },
      text: 'Lying on your back, one knee bent, the other leg straight on the floor.',
    },
    end: {
      anchor: { point: 'hip', at: SUPINE_HIP }, trunk: -90,
      near: { leg: { hip: 38, knee: 0, ankle: 0 }, arm: LYING_ARM },
      far: { leg: KNEE_BENT_FOOT(48), arm: LYING_ARM },
      effort: ['nearThigh'],
      text: 'The straight leg lifted to the height of the other knee, thigh tight.',
    },
  },
  {
    id: 'bridges', view: 'side', arrows: ['hip'],
    props: [FLOOR, { kind: 'mat', from: -80, to: 70 }],
    start: {
      anchor: { point: 'neck', at: [-50, 12] }, trunk: -90,
      near: { leg: KNEE_BENT_FOOT(42), arm: { hand: [12, 5] } },
      far: { leg: KNEE_BENT_FOOT(44), arm: { hand: [12, 5] } },
      text: 'Lying on your back, knees bent, feet flat and hip-width apart.',
    },
    end: {
      anchor: { point: 'neck', at: [-50, 12] }, trunk: -120, head: 30,
      near: { leg: KNEE_BENT_FOOT(42), arm: { hand: [12, 5] } },
      far: { leg: KNEE_BENT_FOOT(44), arm: { hand: [12, 5] } },
      effort: ['buttocks'],
      text: 'Hips lifted until the body is straight from shoulders to knees.',
    },
  },
  {
    id: 'clamshells', view: 'front', arrows: ['nearKnee'],
    props: [{ kind: 'floorPlane', from: -80, to: 70, near: -14, far: 30 }],
    start: {
      anchor: { point: 'hip', at: [0, 30] }, trunk: -90, head: -5,
      near: { leg: { kneeAt: [33, 17], ankleAt: [6, 2], footAngle: 45 }, arm: { hand: [-34, 6] } },
      far: { leg: { kneeAt: [32, 11], ankleAt: [4, -3], footAngle: 45 }, arm: { shoulder: 170, elbow: 130 } },
      text: 'Lying on your side, hips and knees bent, feet together.',
    },
    end: {
      anchor: { point: 'hip', at: [0, 30] }, trunk: -90, head: -5,
      near: { leg: { kneeAt: [30, 44], ankleAt: [6, 2], footAngle: 45 }, arm: { hand: [-34, 6] } },
      far: { leg: { kneeAt: [32, 11], ankleAt: [4, -3], footAngle: 45 }, arm: { shoulder: 170, elbow: 130 } },
      effort: ['buttocks'],
      text: 'Feet still together, the top knee lifted like a shell opening, hips not rolling back.',
    },
  },

  {
    id: 'mini_squats', view: 'side', arrows: ['hip'],
    props: [FLOOR, { kind: 'chair', x: 60, facing: 1 }],
    start: {
      anchor: { point: 'nearHeel', at: [0, 0] }, trunk: 0,
      near: { leg: STAND_LEG, arm: { hand: [38, 96] } },
      far: { leg: STAND_LEG, arm: { hand: [40, 96] } },
      text: 'Standing, feet hip-width apart, holding the back of a chair.',
    },
    end: {
      anchor: { point: 'nearHeel', at: [0, 0] }, trunk: 24,
      near: { leg: { hip: 70, knee: 60, ankle: -14 }, arm: { hand: [38, 96] } },
      far: { leg: { hip: 70, knee: 60, ankle: -14 }, arm: { hand: [40, 96] } },
      effort: ['nearThigh'],
      text: 'Knees bent a little as if starting to sit, knees over the toes, weight in the heels.',
    },
  },
  {
    id: 'bird_dog', view: 'side', arrows: ['nearAnkle'],
    props: [FLOOR, { kind: 'cushion', from: -14, to: 14, height: 4 }],
    start: {
      anchor: { point: 'hip', at: ALL_FOURS_HIP }, trunk: 84,
      near: { leg: ALL_FOURS_LEG, arm: ALL_FOURS_HANDS },
      far: { leg: ALL_FOURS_LEG, arm: ALL_FOURS_HANDS },
      text: 'On all fours, back flat, hands under shoulders, knees under hips.',
    },
    end: {
      anchor: { point: 'hip', at: ALL_FOURS_HIP }, trunk: 84,
      near: { leg: { hip: -4, knee: 0, ankle: 20 }, arm: ALL_FOURS_HANDS },
      far: { leg: ALL_FOURS_LEG, arm: ALL_FOURS_HANDS },
      effort: ['buttocks', 'trunk'],
      text: 'One leg straight back at hip height, the back kept still and flat.',
    },
  },
  {
    id: 'sit_to_stand', view: 'side', arrows: ['hip'],
    props: [FLOOR, { kind: 'chair', x: -32, facing: 1 }],
    start: {
      anchor: { point: 'nearHeel', at: [0, 0] }, trunk: 30, head: -10,
      near: { leg: { hip: 120, knee: 100, ankle: -10 }, arm: { shoulder: 40, elbow: 30 } },
      far: { leg: { hip: 120, knee: 100, ankle: -10 }, arm: { shoulder: 40, elbow: 30 } },
      text: 'Sitting near the front of a firm chair, feet slightly back, leaning forward.',
    },
    end: {
      anchor: { point: 'nearHeel', at: [0, 0] }, trunk: 0,
      near: { leg: STAND_LEG, arm: { shoulder: 5, elbow: 10 } },
      far: { leg: STAND_LEG, arm: { shoulder: 5, elbow: 10 } },
      effort: ['nearThigh'],
      text: 'Standing up tall without using your hands.',
    },
  },
  {
    id: 'step_ups', view: 'side', arrows: ['hip'],
    props: [FLOOR, { kind: 'step', from: 14, to: 80, height: 18 }, { kind: 'rail', from: -20, to: 90, height: 100 }],
    start: {
      anchor: { point: 'nearHeel', at: [22, 18] }, trunk: 12,
      near: { leg: { hip: 70, knee: 70, ankle: -10 }, arm: { hand: [30, 100] } },
      far: { leg: { foot: [-12, 7], footAngle: 90 }, arm: { hand: [34, 100] } },
      text: 'Facing the bottom stair, holding the rail, the sore leg up on the step.',
    },
    end: {
      anchor: { point: 'nearHeel', at: [22, 18] }, trunk: 0,
      near: { leg: STAND_LEG, arm: { hand: [30, 100] } },
      far: { leg: { foot: [18, 26], footAngle: 60 }, arm: { hand: [34, 100] } },
      effort: ['nearThigh'],
      text: 'Standing up on the step with that leg straight, the other foot beside it.',
    },
  },
  {
    id: 'side_lying_leg_raise', view: 'front', arrows: ['nearAnkle'],
    props: [{ kind: 'floorPlane', from: -80, to: 100, near: -14, far: 30 }],
    start: {
      anchor: { point: 'hip', at: [0, 30] }, trunk: -90, head: -5,
      near: { leg: { hip: 0, knee: 0, ankle: 0 }, arm: { hand: [-34, 6] } },
      far: { leg: { kneeAt: [32, 11], ankleAt: [4, -3], footAngle: 45 }, arm: { shoulder: 170, elbow: 130 } },
      text: 'Lying on your side, the bottom knee bent, the top leg straight in line with your body.',
    },
    end: {
      anchor: { point: 'hip', at: [0, 30] }, trunk: -90, head: -5,
      near: { leg: { hip: 35, knee: 0, ankle: 0 }, arm: { hand: [-34, 6] } },
      far: { leg: { kneeAt: [32, 11], ankleAt: [4, -3], footAngle: 45 }, arm: { shoulder: 170, elbow: 130 } },
      effort: ['buttocks'],
      text: 'The top leg lifted towards the ceiling, toes forward, without rolling back.',
    },
  },

  {
    id: 'single_leg_balance', view: 'side', arrows: ['nearAnkle'],
    props: [FLOOR, { kind: 'counter', x: 42 }],
    start: {
      anchor: { point: 'farHeel', at: [0, 0] }, trunk: 0,
      near: { leg: STAND_LEG, arm: { shoulder: 0, elbow: 10 } },
      far: { leg: STAND_LEG, arm: { hand: [44, 92] } },
      text: 'Standing by a counter, a hand resting on it.',
    },
    end: {
      anchor: { point: 'farHeel', at: [0, 0] }, trunk: 0,
      near: { leg: { hip: 30, knee: 75, ankle: 20 }, arm: { shoulder: 0, elbow: 10 } },
      far: { leg: { hip: 0, knee: 6, ankle: 0 }, arm: { hand: [44, 92] } },
      effort: ['buttocks'],
      text: 'One foot lifted, the standing knee soft, the pelvis level.',
    },
  },
  {
    id: 'side_plank', view: 'front', arrows: ['hip'],
    props: [{ kind: 'floorPlane', from: -80, to: 80, near: -8, far: 28 }],
    start: {
      anchor: { point: 'neck', at: [-42, 42] }, trunk: -62, head: 5,
      near: { leg: { kneeAt: [44, 18], ankleAt: [30, 34], footAngle: 200 }, arm: { hand: { from: 'hip', offset: [2, 6] } } },
      far: { leg: { kneeAt: [42, 14], ankleAt: [28, 30], footAngle: 200 }, arm: { hand: [-30, 2], bend: -1 } },
      text: 'Lying on your side, propped on your forearm with the elbow under the shoulder, knees bent.',
    },
    end: {
      anchor: { point: 'neck', at: [-42, 42] }, trunk: -78, head: 5,
      near: { leg: { kneeAt: [44, 18], ankleAt: [30, 34], footAngle: 200 }, arm: { hand: { from: 'hip', offset: [2, 6] } } },
      far: { leg: { kneeAt: [42, 14], ankleAt: [28, 30], footAngle: 200 }, arm: { hand: [-30, 2], bend: -1 } },
      effort: ['trunk'],
      text: 'Hips lifted so the body is straight from shoulders to knees.',
    },
  },

  {
    id: 'calf_raises', view: 'side', arrows: ['nearHeel'],
    props: [FLOOR, { kind: 'counter', x: 40 }],
    start: {
      anchor: { point: 'nearToe', at: [17, 0] }, trunk: 0,
      near: { leg: STAND_LEG, arm: { hand: [42, 92] } },
      far: { leg: STAND_LEG, arm: { hand: [44, 92] } },
      text: 'Standing holding a counter, feet flat and hip-width apart.',
    },
    end: {
      anchor: { point: 'nearToe', at: [17, 0] }, trunk: 0,
      near: { leg: { hip: 0, knee: 0, ankle: 38 }, arm: { hand: [42, 92] } },
      far: { leg: { hip: 0, knee: 0, ankle: 38 }, arm: { hand: [44, 92] } },
      effort: ['nearCalf'],
      text: 'Up on your toes, weight even on both feet.',
    },
  },
  {
    id: 'stationary_cycling', view: 'side', arrows: [],
    props: [FLOOR, { kind: 'bike', saddle: [-6, 86], crank: [20, 34], bars: [52, 108] }],
    start: {
      anchor: { point: 'hip', at: [-4, 95] }, trunk: 28,
      near: { leg: { foot: { around: [20, 34], radius: 17, angle: 20 }, footAngle: 95 }, arm: { hand: [50, 108] } },
      far: { leg: { foot: { around: [20, 34], radius: 17, angle: 200 }, footAngle: 95 }, arm: { hand: [52, 108] } },
      text: 'Sitting on an exercise bike, leaning slightly forward, pedalling.',
    },
    end: {
      anchor: { point: 'hip', at: [-4, 95] }, trunk: 28,
      near: { leg: { foot: { around: [20, 34], radius: 17, angle: 200 }, footAngle: 95 }, arm: { hand: [50, 108] } },
      far: { leg: { foot: { around: [20, 34], radius: 17, angle: 380 }, footAngle: 95 }, arm: { hand: [52, 108] } },
      text: 'The pedals half a turn on, the knee nearly straight at the bottom.',
    },
  },
  {
    id: 'swimming', view: 'side', arrows: [],
    props: [{ kind: 'water', level: 60 }],
    start: {
      anchor: { point: 'hip', at: [0, 56] }, trunk: 88, head: -10,
      near: { leg: { hip: -4, knee: 10, ankle: 70 }, arm: { shoulder: 175, elbow: 5 } },
      far: { leg: { hip: 8, knee: 0, ankle: 70 }, arm: { shoulder: 10, elbow: 20 } },
      text: 'Swimming front crawl at an easy pace, one arm reaching forward.',
    },
    end: {
      anchor: { point: 'hip', at: [0, 56] }, trunk: 88, head: -10,
      near: { leg: { hip: 8, knee: 0, ankle: 70 }, arm: { shoulder: 10, elbow: 20 } },
      far: { leg: { hip: -4, knee: 10, ankle: 70 }, arm: { shoulder: 175, elbow: 5 } },
      text: 'The other arm reaching forward, legs kicking gently.',
    },
  },
  {
    id: 'walking_programme', view: 'side', arrows: [],
    props: [FLOOR, { kind: 'tree', x: -70 }],
    start: {
      anchor: { point: 'hip', at: [0, 88] }, trunk: 6,
      near: { leg: { foot: [28, 7], footAngle: 75 }, arm: { shoulder: -30, elbow: 40 } },
      far: { leg: { foot: [-24, 10], footAngle: 115 }, arm: { shoulder: 30, elbow: 50 } },
      text: 'Walking at a brisk, steady pace, arms swinging.',
    },
    end: {
      anchor: { point: 'hip', at: [0, 88] }, trunk: 6,
      near: { leg: { foot: [-24, 10], footAngle: 115 }, arm: { shoulder: 30, elbow: 50 } },
      far: { leg: { foot: [28, 7], footAngle: 75 }, arm: { shoulder: -30, elbow: 40 } },
      text: 'The next stride, the other arm forward.',
    },
  },
];

export const EXERCISE_PICTURES: readonly ExercisePicture[] = list;
export const EXERCISE_PICTURE_BY_ID: Readonly<Record<string, ExercisePicture>> = Object.fromEntries(list.map((p) => [p.id, p]));
