/**
 * Validated measures in recovery: what a person sends for each instrument (the date and its
 * answers, checked item by item by the same schemas as the answers files), what a stored result
 * is, and the progress of each measure (baseline, due, scores over time with the change that
 * matters, a sentence). One TypeBox source for the types, JSON Schemas and OpenAPI.
 */
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { MEASURE_IDS } from '../knowledge/measures/instrument.js';
import { IsoDateSchema } from './checkin.js';
import { MeasureChangeSchema, MeasureResultSchema, NprsAnswersSchema, PsfsAnswersSchema, RolandMorrisAnswersSchema, StartBackAnswersSchema } from './measures.js';
import type { MeasureId } from '../knowledge/measures/instrument.js';

const oneOf = <T extends string>(values: readonly T[], options: { description?: string } = {}) => Type.Union(values.map((v) => Type.Literal(v)), options);

/** Strips the `$id` of an answers schema, so it can sit inside a body without a second definition of the same id. */
const inline = <T extends TSchema>(schema: T): T => {
  const { $id: _id, ...rest } = schema as T & { $id?: string };
  return rest as T;
};

const body = <T extends TSchema>(instrument: MeasureId, answers: T) =>
  Type.Object(
    {
      date: IsoDateSchema,
      answers: inline(answers),
    },
    { additionalProperties: false, description: `${instrument}: the day it was answered and its answers` },
  );

/** `POST /api/v1/recoveries/:id/measures/<instrument>` bodies, one per instrument. */
export const MEASURE_RESULT_INPUT_SCHEMAS = {
  'start-back': body('start-back', StartBackAnswersSchema),
  'roland-morris': body('roland-morris', RolandMorrisAnswersSchema),
  psfs: body('psfs', PsfsAnswersSchema),
  nprs: body('nprs', NprsAnswersSchema),
} as const;

export const RecoveryMeasureResultSchema = Type.Object(
  {
    id: Type.String(),
    recoveryId: Type.String(),
    instrument: oneOf(MEASURE_IDS),
    date: IsoDateSchema,
    answers: Type.Record(Type.String(), Type.Unknown(), { description: 'the answers as sent, in the shape of the instrument\'s answers file' }),
    result: MeasureResultSchema,
    createdAt: Type.String(),
  },
  { $id: 'RecoveryMeasureResult' },
);

export const RecoveryMeasureResultListSchema = Type.Object(
  { results: Type.Array(RecoveryMeasureResultSchema) },
  { $id: 'RecoveryMeasureResultList' },
);


// ---------------------------------------------------------------------------------------------
// Progress

export const MEASURE_STATUSES = ['baseline_due', 'due', 'up_to_date', 'done'] as const;

export const MeasurePointSchema = Type.Object({
  date: IsoDateSchema,
  day: Type.Integer({ description: 'days since onset' }),
  value: Type.Number(),
});

export const MeasureSeriesSchema = Type.Object({
  scale: Type.String({ description: 'the scale id (total, average, knee...)' }),
  title: Type.String(),
  min: Type.Number(),
  max: Type.Number(),
  higherIsBetter: Type.Boolean(),
  points: Type.Array(MeasurePointSchema),
  baseline: Type.Optional(MeasurePointSchema),
  latest: Type.Optional(MeasurePointSchema),
  /** Baseline against latest, with the instrument's threshold (absent for a screening tool or one score). */
  change: Type.Optional(MeasureChangeSchema),
  /** The band around the baseline where a change is smaller than people notice. */
  band: Type.Optional(Type.Object({ low: Type.Number(), high: Type.Number() })),
  sentence: Type.Optional(Type.String({ description: 'the change in plain words ("your back function improved by 6 points, more than the 5 points people notice")' })),
});

export const InstrumentProgressSchema = Type.Object({
  instrument: oneOf(MEASURE_IDS),
  title: Type.String(),
  shortTitle: Type.String(),
  why: Type.String(),
  attribution: Type.String({ description: 'the licence attribution, to show beside the instrument' }),
  every: oneOf(['once', 'weekly'] as const),
  /** Whether it fits the picture (a result of one that does not fit is still shown). */
  fits: Type.Boolean(),
  status: oneOf(MEASURE_STATUSES, { description: 'baseline_due: never answered; due: a week since the last; up_to_date; done: a once-only measure answered' }),
  nextDue: Type.Optional(IsoDateSchema),
  lastDate: Type.Optional(IsoDateSchema),
  count: Type.Integer({ minimum: 0 }),
  series: Type.Array(MeasureSeriesSchema),
  /** STarT Back: the latest risk group. */
  risk: Type.Optional(Type.Object({ code: oneOf(['low', 'medium', 'high'] as const), display: Type.String(), date: IsoDateSchema })),
});

export const MeasureProgressSchema = Type.Object({
  instruments: Type.Array(InstrumentProgressSchema),
  /** The measures due today, baseline or weekly, in the order offered. */
  due: Type.Array(oneOf(MEASURE_IDS)),
});

export type RecoveryMeasureResult = Static<typeof RecoveryMeasureResultSchema>;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];
export type MeasurePoint = Static<typeof MeasurePointSchema>;
export type MeasureSeries = Static<typeof MeasureSeriesSchema>;
export type InstrumentProgress = Static<typeof InstrumentProgressSchema>;
export type MeasureProgress = Static<typeof MeasureProgressSchema>;
