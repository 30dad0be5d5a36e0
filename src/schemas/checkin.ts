/**
 * Recovery tracking: a recovery (one episode of pain, from its onset date) and its daily check-ins.
 * One TypeBox source for the types, the route schemas and OpenAPI.
 */
import { Type, type Static, type TBoolean, type TOptional } from '@sinclair/typebox';

export const IsoDateSchema = Type.String({
  pattern: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$',
  description: 'a calendar date, YYYY-MM-DD',
});

const score = (what: string) => Type.Integer({ minimum: 0, maximum: 10, description: `${what}, 0-10` });

/** The red-flag questions asked again at every check-in (evidence ids of the contract). */
export const CHECKIN_RED_FLAG_IDS = [
  'saddle_numbness', 'bladder_change', 'bowel_change', 'both_legs_numb_or_weak', 'foot_drop', 'neuro_worsening',
  'knee_hot_red', 'fever', 'calf_swelling', 'chest_pain_or_breathless', 'leg_cold_pale', 'knee_locked', 'cannot_bear_weight',
] as const;

export const CheckInRedFlagsSchema = Type.Object(
  Object.fromEntries(CHECKIN_RED_FLAG_IDS.map((id) => [id, Type.Optional(Type.Boolean())])) as Record<(typeof CHECKIN_RED_FLAG_IDS)[number], TOptional<TBoolean>>,
  { additionalProperties: false },
);

export const SWELLING_LEVELS = ['none', 'mild', 'moderate', 'severe'] as const;
export const WALKING_TOLERANCES = ['under_5_min', '5_to_15_min', '15_to_30_min', '30_to_60_min', 'over_60_min'] as const;

/** One exercise of a guided session: how much of it was done. */
export const SessionExerciseSchema = Type.Object(
  {
    id: Type.String({ maxLength: 64, description: 'exercise id' }),
    setsDone: Type.Integer({ minimum: 0, maximum: 20 }),
    repsDone: Type.Integer({ minimum: 0, maximum: 1000, description: 'repetitions (or holds) done, all sets together' }),
    skipped: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

/**
 * A guided exercise session: what was done and the pain response, the inputs of the
 * pain-monitoring model (pain during and after exercise; the next day's check-in tells whether
 * it settled).
 */
export const ExerciseSessionSchema = Type.Object(
  {
    painBefore: score('pain just before the session'),
    painDuring: score('worst pain during the exercises'),
    painAfter: score('pain just after the session'),
    exercises: Type.Array(SessionExerciseSchema, { maxItems: 30 }),
    stoppedEarly: Type.Optional(Type.Boolean({ description: 'stopped because of a stop sign' })),
    minutes: Type.Optional(Type.Integer({ minimum: 0, maximum: 300 })),
  },
  { additionalProperties: false },
);

export const CheckInInputSchema = Type.Object(
  {
    date: IsoDateSchema,
    pain: Type.Object(
      { knee: Type.Optional(score('knee pain')), leg: Type.Optional(score('leg pain')), back: Type.Optional(score('back pain')) },
      { additionalProperties: false },
    ),
    numbnessTingling: Type.Boolean(),
    swelling: Type.Union(SWELLING_LEVELS.map((s) => Type.Literal(s))),
    /** New or worse weakness since the last check-in. */
    weakness: Type.Boolean({ description: 'leg weakness today' }),
    walkingTolerance: Type.Union(WALKING_TOLERANCES.map((w) => Type.Literal(w)), { description: 'how long you could walk today' }),
    sleep: score('sleep quality (10 = slept well)'),
    exercisesDone: Type.Array(Type.String({ maxLength: 64 }), { maxItems: 50, uniqueItems: true, description: 'exercise ids done today' }),
    medicinesTaken: Type.Array(Type.String({ maxLength: 100 }), { maxItems: 20, description: 'medicines taken today, free text' }),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
    redFlags: CheckInRedFlagsSchema,
    /** Added after the first release: check-ins stored before have none. */
    sessions: Type.Optional(Type.Array(ExerciseSessionSchema, { maxItems: 10, description: 'guided exercise sessions done this day' })),
  },
  { $id: 'CheckInInput', additionalProperties: false },
);

export const CheckInSchema = Type.Composite(
  [CheckInInputSchema, Type.Object({ id: Type.String(), recoveryId: Type.String(), createdAt: Type.String(), updatedAt: Type.String() })],
  { $id: 'CheckIn', additionalProperties: false },
);

export const RecoveryInputSchema = Type.Object(
  {
    onsetDate: IsoDateSchema,
    title: Type.Optional(Type.String({ maxLength: 120 })),
    assessmentId: Type.Optional(Type.String({ maxLength: 64 })),
  },
  { $id: 'RecoveryInput', additionalProperties: false },
);

export type CheckInInput = Static<typeof CheckInInputSchema>;
export type CheckIn = Static<typeof CheckInSchema>;
export type CheckInRedFlags = Static<typeof CheckInRedFlagsSchema>;
export type ExerciseSession = Static<typeof ExerciseSessionSchema>;
export type SessionExercise = Static<typeof SessionExerciseSchema>;
export type RecoveryInput = Static<typeof RecoveryInputSchema>;
export type SwellingLevel = (typeof SWELLING_LEVELS)[number];
export type WalkingTolerance = (typeof WALKING_TOLERANCES)[number];
