/**
 * The validated measures: what an answers file holds for each instrument, and what a score is.
 * One TypeBox source for the types, JSON Schemas and OpenAPI; the scorers in `src/measures/`
 * check answers against the same rules and name the item at fault.
 */
import { Type, type Static } from '@sinclair/typebox';
import { MEASURE_IDS, NPRS_SITES } from '../knowledge/measures/instrument.js';

export const AGREE_ANSWERS = ['disagree', 'agree'] as const;
export const BOTHERSOME_ANSWERS = ['not_at_all', 'slightly', 'moderately', 'very_much', 'extremely'] as const;
export const START_BACK_ITEM_IDS = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8', 'q9'] as const;

const agree = Type.Union(AGREE_ANSWERS.map((a) => Type.Literal(a)), { description: 'Disagree or Agree' });
const bothersome = Type.Union(BOTHERSOME_ANSWERS.map((a) => Type.Literal(a)), { description: 'Not at all, Slightly, Moderately, Very much, Extremely' });

export const MeasureIdSchema = Type.Union(MEASURE_IDS.map((id) => Type.Literal(id)), { $id: 'MeasureId', description: 'a validated measure' });

export const StartBackAnswersSchema = Type.Object(
  {
    q1: agree, q2: agree, q3: agree, q4: agree, q5: agree, q6: agree, q7: agree, q8: agree,
    q9: bothersome,
  },
  { $id: 'StartBackAnswers', additionalProperties: false, description: 'Keele STarT Back: items q1-q8 agree/disagree, q9 how bothersome' },
);

export const RolandMorrisAnswersSchema = Type.Object(
  {
    ticked: Type.Array(Type.Integer({ minimum: 1, maximum: 24 }), {
      maxItems: 24, uniqueItems: true, description: 'the numbers (1-24) of the statements that describe you today; the others do not',
    }),
  },
  { $id: 'RolandMorrisAnswers', additionalProperties: false },
);

export const PsfsActivitySchema = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200, description: 'the activity, in your words' }),
    rating: Type.Integer({ minimum: 0, maximum: 10, description: '0 unable to perform, 10 able to perform at the same level as before' }),
  },
  { additionalProperties: false },
);

export const PsfsAnswersSchema = Type.Object(
  { activities: Type.Array(PsfsActivitySchema, { minItems: 1, maxItems: 5 }) },
  { $id: 'PsfsAnswers', additionalProperties: false },
);

const pain = (site: string) => Type.Optional(Type.Integer({ minimum: 0, maximum: 10, description: `${site} pain, 0 (none) to 10 (worst imaginable)` }));

/** The same keys as a check-in's `pain`, so a check-in's pain is an NPRS answer set as it is. */
export const NprsAnswersSchema = Type.Object(
  { knee: pain('knee'), leg: pain('leg'), back: pain('back') },
  { $id: 'NprsAnswers', additionalProperties: false, minProperties: 1 },
);

export const ScaleScoreSchema = Type.Object(
  {
    scale: Type.String({ description: 'the scale id within the instrument (total, distress, average, knee...)' }),
    title: Type.String(),
    value: Type.Number(),
    min: Type.Number(),
    max: Type.Number(),
    higherIsBetter: Type.Boolean(),
  },
  { additionalProperties: false },
);

export const MeasureResultSchema = Type.Object(
  {
    instrument: MeasureIdSchema,
    scores: Type.Array(ScaleScoreSchema, { minItems: 1 }),
    primaryScale: Type.String({ description: 'the scale trends and alerts follow' }),
    risk: Type.Optional(Type.Object(
      { code: Type.Union([Type.Literal('low'), Type.Literal('medium'), Type.Literal('high')]), display: Type.String() },
      { additionalProperties: false, description: 'STarT Back only: the risk group' },
    )),
    itemsAnswered: Type.Integer({ minimum: 0 }),
  },
  { $id: 'MeasureResult', additionalProperties: false },
);

export const MeasureChangeSchema = Type.Object(
  {
    instrument: MeasureIdSchema,
    scale: Type.String(),
    from: Type.Number(),
    to: Type.Number(),
    /** to - from, in the scale's points. */
    change: Type.Number(),
    /** The change as a percentage of the first score (null when it was 0). */
    percentOfFirst: Type.Union([Type.Number(), Type.Null()]),
    direction: Type.Union([Type.Literal('better'), Type.Literal('worse'), Type.Literal('same')]),
    /** At least the instrument's threshold (points, or percent of the first score). */
    meaningful: Type.Boolean(),
    threshold: Type.Object(
      { kind: Type.Union([Type.Literal('mcid'), Type.Literal('mdc')]), points: Type.Number(), percent: Type.Optional(Type.Number()) },
      { additionalProperties: false },
    ),
  },
  { $id: 'MeasureChange', additionalProperties: false },
);

export type StartBackAnswer = (typeof AGREE_ANSWERS)[number] | (typeof BOTHERSOME_ANSWERS)[number];
export type StartBackAnswers = Static<typeof StartBackAnswersSchema>;
export type RolandMorrisAnswers = Static<typeof RolandMorrisAnswersSchema>;
export type PsfsActivity = Static<typeof PsfsActivitySchema>;
export type PsfsAnswers = Static<typeof PsfsAnswersSchema>;
export type NprsAnswers = Static<typeof NprsAnswersSchema>;
export type ScaleScore = Static<typeof ScaleScoreSchema>;
export type MeasureResult = Static<typeof MeasureResultSchema>;
export type MeasureChange = Static<typeof MeasureChangeSchema>;

export interface MeasureAnswers {
  'start-back': StartBackAnswers;
  'roland-morris': RolandMorrisAnswers;
  psfs: PsfsAnswers;
  nprs: NprsAnswers;
}

/** The sites of NprsAnswers, in order. */
export const NPRS_ANSWER_KEYS = NPRS_SITES;
