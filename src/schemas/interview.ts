/**
 * The adaptive interview: a front end sends the answers so far and gets the next small step.
 * A question says exactly where its answer goes in the case, so a front end needs no clinical
 * logic of its own: it shows the question and writes the answer where the question says.
 */
import { Type, type Static } from '@sinclair/typebox';
import { PartialCaseSchema, TriageLevelSchema } from './case.js';
import { EvidenceIdSchema, RedFlagHitSchema } from './assessment.js';

export const QUESTION_KINDS = ['yes_no', 'number', 'duration', 'choice', 'scale', 'body_map'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const QuestionOptionSchema = Type.Object({
  value: Type.String(),
  label: Type.String(),
  /** body_map only: the evidence id this area answers (true when chosen, false when not). */
  evidence: Type.Optional(EvidenceIdSchema),
  /** body_map only: chosen as `value:left` or `value:right` (both for both sides). */
  sided: Type.Optional(Type.Boolean()),
  /** body_map only: chosen is yes, but not chosen leaves the evidence unanswered (not no). */
  onlyIfChosen: Type.Optional(Type.Boolean()),
  /** duration only: how many days one of this unit is. */
  days: Type.Optional(Type.Number()),
});

export const QuestionTargetSchema = Type.Union([
  Type.Object({ kind: Type.Literal('evidence'), id: EvidenceIdSchema }),
  Type.Object({ kind: Type.Literal('field'), field: Type.Union([Type.Literal('age'), Type.Literal('sex'), Type.Literal('durationDays'), Type.Literal('course')]) }),
  Type.Object({ kind: Type.Literal('pain'), site: Type.Union([Type.Literal('knee'), Type.Literal('leg'), Type.Literal('back')]) }),
  Type.Object({ kind: Type.Literal('body_map') }),
]);

export const QuestionSchema = Type.Object(
  {
    id: Type.String({ description: 'evidence id, context field (age, sex, durationDays, course), pain.<site>, or where' }),
    kind: Type.Union(QUESTION_KINDS.map((k) => Type.Literal(k))),
    text: Type.String(),
    help: Type.String(),
    group: Type.String(),
    redFlag: Type.Boolean({ description: 'a red-flag screening question' }),
    target: QuestionTargetSchema,
    options: Type.Optional(Type.Array(QuestionOptionSchema)),
    min: Type.Optional(Type.Number()),
    max: Type.Optional(Type.Number()),
    unit: Type.Optional(Type.String()),
  },
  { $id: 'Question' },
);

export const InterviewRequestSchema = Type.Object(
  {
    case: PartialCaseSchema,
    skipped: Type.Optional(Type.Array(Type.String({ maxLength: 64 }), { maxItems: 200, description: "question ids answered \"I don't know\": not asked again" })),
    max: Type.Optional(Type.Integer({ minimum: 1, maximum: 20, description: 'how many questions to return in this step (default 1)' })),
  },
  { $id: 'InterviewRequest', additionalProperties: false },
);

const InterruptionSchema = Type.Object({
  level: TriageLevelSchema,
  title: Type.String(),
  action: Type.String(),
  because: Type.Array(Type.String(), { description: 'the reasons, in plain words' }),
  redFlags: Type.Array(RedFlagHitSchema),
});

export const InterviewStepSchema = Type.Object(
  {
    questions: Type.Array(QuestionSchema, { description: 'the next step: ask these, most important first' }),
    done: Type.Boolean({ description: 'true when nothing that matters is left to ask' }),
    progress: Type.Object({ answered: Type.Integer(), remaining: Type.Integer(), percent: Type.Integer({ minimum: 0, maximum: 100 }) }),
    canStopEarly: Type.Boolean({ description: 'every warning-sign question that could still change the advice has an answer: results may be shown now' }),
    /** Present the moment the answers so far make it an emergency: stop and show this first. */
    emergency: Type.Optional(InterruptionSchema),
    /** Present when a warning sign needs a same-day visit (and no emergency): say so at once. */
    sameDay: Type.Optional(InterruptionSchema),
  },
  { $id: 'InterviewStep' },
);

export type QuestionOption = Static<typeof QuestionOptionSchema>;
export type QuestionTarget = Static<typeof QuestionTargetSchema>;
export type Question = Static<typeof QuestionSchema>;
export type InterviewRequest = Static<typeof InterviewRequestSchema>;
export type InterviewStep = Static<typeof InterviewStepSchema>;
