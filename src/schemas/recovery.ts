/**
 * What recovery tracking answers: the summary of a recovery on a given day (phase, trends,
 * alerts, plan) and the per-day series for charts. One TypeBox source for the types, the
 * response JSON Schemas and OpenAPI.
 */
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { RED_FLAG_IDS } from '../knowledge/red-flags.js';
import { COMPLICATION_IDS, MEASURE_IDS, RECOVERY_TIP_IDS } from '../knowledge/recovery.js';
import { TriageLevelSchema } from './case.js';
import { IsoDateSchema } from './checkin.js';
import { RECOVERY_PHASES, RecoveryPlanSchema, SourceIdSchema } from './assessment.js';
import { MeasureProgressSchema } from './measure-results.js';

const oneOf = <T extends string>(values: readonly T[], options: { description?: string } = {}) =>
  Type.Union(values.map((v) => Type.Literal(v)), options);
const list = <T extends TSchema>(item: T) => Type.Array(item);
const Sources = Type.Array(SourceIdSchema);

export const ALERT_SEVERITIES = ['emergency', 'urgent', 'review', 'info'] as const;
export const ALERT_KINDS = [
  'red_flag', 'pain_or_swelling_worse', 'sciatica_persisting', 'weakness_new_or_worse', 'inactivity', 'measure_worse', 'no_meaningful_improvement',
] as const;
export const PROGRAMME_STATES = ['before_onset', 'in_programme', 'past_programme'] as const;
export const TREND_DIRECTIONS = ['better', 'worse', 'no_important_change', 'not_enough_data'] as const;

export const RecoveryPhaseSchema = oneOf(RECOVERY_PHASES, { description: 'acute | subacute | rehabilitation' });

export const PhaseStatusSchema = Type.Object({
  day: Type.Integer({ description: 'days since onset (the onset date is day 0); negative before onset' }),
  week: Type.Integer({ minimum: 1, description: 'week of the recovery, week 1 = days 0-6' }),
  phase: RecoveryPhaseSchema,
  state: oneOf(PROGRAMME_STATES, { description: 'past_programme: beyond the article\'s 3 months' }),
  articleTitle: Type.String(),
  title: Type.String(),
  timeline: Type.String(),
  phaseFirstDay: Type.Integer(),
  phaseLastDay: Type.Integer(),
  dayInPhase: Type.Integer({ minimum: 1, description: '1 on the first day of the phase' }),
  daysLeftInPhase: Type.Optional(Type.Integer({ minimum: 0, description: 'absent past the programme' })),
  programmeLastDay: Type.Integer(),
  position: Type.Number({ minimum: 0, maximum: 1, description: 'how far through the 3-month programme, 0-1, for a timeline' }),
});

export const TrendPointSchema = Type.Object({ date: IsoDateSchema, day: Type.Integer(), value: Type.Number() });

export const ChangeSchema = Type.Object({
  from: TrendPointSchema,
  to: TrendPointSchema,
  change: Type.Number({ description: 'to minus from, in points of the scale' }),
  percentChange: Type.Optional(Type.Number({ description: 'change as a percentage of `from`; absent when `from` is 0' })),
  direction: oneOf(TREND_DIRECTIONS),
});

export const TrendSchema = Type.Object({
  measure: oneOf(MEASURE_IDS),
  title: Type.String(),
  scale: Type.String(),
  higherIsBetter: Type.Boolean(),
  count: Type.Integer({ minimum: 0, description: 'check-ins that recorded this measure' }),
  first: Type.Optional(TrendPointSchema),
  latest: Type.Optional(TrendPointSchema),
  direction: oneOf(TREND_DIRECTIONS, { description: 'first against latest' }),
  overall: Type.Optional(ChangeSchema),
  recent: Type.Optional(ChangeSchema),
  rule: Type.String({ description: 'what counts as a clinically important change' }),
  sentence: Type.Optional(Type.String({ description: 'the trend in words, first check-in against the latest ("Leg pain fell from 7 to 3 in 4 days.")' })),
  sources: Sources,
});

export const ComplicationRefSchema = Type.Object({
  id: oneOf(COMPLICATION_IDS),
  articleTitle: Type.String(),
  text: Type.String(),
});

export const AlertSchema = Type.Object({
  id: Type.String({ description: 'unique in the list: the kind, or red_flag:<red flag id>' }),
  kind: oneOf(ALERT_KINDS),
  severity: oneOf(ALERT_SEVERITIES, { description: 'emergency | urgent (today) | review (days) | info' }),
  triageLevel: Type.Optional(TriageLevelSchema),
  title: Type.String(),
  message: Type.String({ description: 'what we noticed, in plain words' }),
  whatToDo: Type.String(),
  because: Type.Array(Type.String(), { description: 'the evidence ids or measures that led here' }),
  date: Type.Optional(IsoDateSchema),
  redFlag: Type.Optional(oneOf(RED_FLAG_IDS)),
  complication: Type.Optional(ComplicationRefSchema),
  sources: Sources,
});

export const SummaryComplicationSchema = Type.Object({
  id: oneOf(COMPLICATION_IDS),
  articleTitle: Type.String(),
  text: Type.String(),
  whatToDo: Type.String(),
  detection: Type.String(),
  flagged: Type.Boolean({ description: 'an alert shows it now' }),
  alertIds: Type.Array(Type.String()),
  sources: Sources,
});

export const SummaryTipSchema = Type.Object({
  id: oneOf(RECOVERY_TIP_IDS),
  articleTitle: Type.String(),
  text: Type.String(),
  highlighted: Type.Boolean({ description: 'answers a complication flagged now' }),
  sources: Sources,
});

export const PLAN_CHANGE_KINDS = ['start', 'progressed', 'stepped_back'] as const;

export const PlanChangeSchema = Type.Object({
  kind: oneOf(PLAN_CHANGE_KINDS),
  date: IsoDateSchema,
  day: Type.Integer({ description: 'days since onset' }),
  from: Type.Optional(RecoveryPhaseSchema),
  to: RecoveryPhaseSchema,
  reasons: Type.Array(Type.String(), { description: 'why, in plain words' }),
});

export const ProgressionSchema = Type.Object({
  phase: RecoveryPhaseSchema,
  timePhase: RecoveryPhaseSchema,
  status: oneOf(['on_time', 'held', 'stepped_back'] as const, { description: 'on_time: the plan is at the phase time allows; held: waiting for the check-ins to show it is ready; stepped_back: eased off after a flare' }),
  changes: Type.Array(PlanChangeSchema, { description: 'every change of the plan, oldest first' }),
  latest: Type.Optional(PlanChangeSchema),
  toMoveOn: Type.Array(Type.String(), { description: 'what is still needed before the plan moves on, when it is behind time' }),
  rule: Type.String({ description: 'the pain-monitoring model in plain words' }),
  sources: Sources,
});

export const RecoverySummarySchema = Type.Object(
  {
    onsetDate: IsoDateSchema,
    today: IsoDateSchema,
    phase: PhaseStatusSchema,
    checkIns: Type.Object({
      count: Type.Integer({ minimum: 0, description: 'check-ins up to today' }),
      first: Type.Optional(IsoDateSchema),
      latest: Type.Optional(IsoDateSchema),
      daysSinceLatest: Type.Optional(Type.Integer()),
    }),
    trends: list(TrendSchema),
    alerts: list(AlertSchema),
    topSeverity: Type.Optional(oneOf(ALERT_SEVERITIES)),
    plan: RecoveryPlanSchema,
    progression: ProgressionSchema,
    complications: list(SummaryComplicationSchema),
    tips: list(SummaryTipSchema),
    /** The validated measures: which are due, each score over time with the change that matters. */
    measures: MeasureProgressSchema,
    notice: Type.String(),
  },
  { $id: 'RecoverySummary' },
);

const nullable = <T extends TSchema>(s: T) => Type.Union([s, Type.Null()]);

export const SeriesPointSchema = Type.Object({
  date: IsoDateSchema,
  day: Type.Integer({ description: 'days since onset' }),
  kneePain: nullable(Type.Integer({ minimum: 0, maximum: 10 })),
  legPain: nullable(Type.Integer({ minimum: 0, maximum: 10 })),
  backPain: nullable(Type.Integer({ minimum: 0, maximum: 10 })),
  swelling: Type.Integer({ minimum: 0, maximum: 3, description: '0 none, 1 mild, 2 moderate, 3 severe' }),
  walkingTolerance: Type.Integer({ minimum: 0, maximum: 4, description: '0 under 5 min, 1 5-15, 2 15-30, 3 30-60, 4 over 60 min' }),
  sleep: Type.Integer({ minimum: 0, maximum: 10 }),
  exercisesDone: Type.Integer({ minimum: 0 }),
  numbnessTingling: Type.Boolean(),
  weakness: Type.Boolean(),
  redFlag: Type.Boolean({ description: 'a red-flag question was answered yes' }),
});

export const WeekAdherenceSchema = Type.Object({
  week: Type.Integer({ minimum: 1, description: 'week of the recovery, week 1 = days 0-6' }),
  firstDay: Type.Integer(),
  lastDay: Type.Integer(),
  sessions: Type.Integer({ minimum: 0, description: 'exercise sessions: guided ones, or one a day with exercises ticked' }),
  guidedSessions: Type.Integer({ minimum: 0 }),
  exerciseDays: Type.Integer({ minimum: 0, maximum: 7 }),
  checkIns: Type.Integer({ minimum: 0, maximum: 7 }),
});

export const RecoverySeriesSchema = Type.Object(
  {
    onsetDate: IsoDateSchema,
    phases: list(Type.Object({ id: RecoveryPhaseSchema, title: Type.String(), firstDay: Type.Integer(), lastDay: Type.Integer() })),
    points: list(SeriesPointSchema),
    weeks: list(WeekAdherenceSchema),
  },
  { $id: 'RecoverySeries' },
);

export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];
export type AlertKind = (typeof ALERT_KINDS)[number];
export type ProgrammeState = (typeof PROGRAMME_STATES)[number];
export type TrendDirection = (typeof TREND_DIRECTIONS)[number];
export type PhaseStatus = Static<typeof PhaseStatusSchema>;
export type TrendPoint = Static<typeof TrendPointSchema>;
export type Change = Static<typeof ChangeSchema>;
export type Trend = Static<typeof TrendSchema>;
export type Alert = Static<typeof AlertSchema>;
export type SummaryComplication = Static<typeof SummaryComplicationSchema>;
export type SummaryTip = Static<typeof SummaryTipSchema>;
export type RecoverySummary = Static<typeof RecoverySummarySchema>;
export type PlanChange = Static<typeof PlanChangeSchema>;
export type PlanChangeKind = (typeof PLAN_CHANGE_KINDS)[number];
export type Progression = Static<typeof ProgressionSchema>;
export type SeriesPoint = Static<typeof SeriesPointSchema>;
export type RecoverySeries = Static<typeof RecoverySeriesSchema>;
export type WeekAdherence = Static<typeof WeekAdherenceSchema>;
