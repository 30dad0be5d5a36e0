/**
 * The HTTP API's own shapes: the one error body, account bodies, response envelopes and route
 * parameters. Like the rest of src/schemas, the one source for the TypeScript types, the JSON
 * Schemas the server validates and serialises with, and the OpenAPI document.
 */
import { CalendarFeedSettingsSchema } from './calendar.js';
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { AssessmentSchema } from './assessment.js';
import { CaseSchema } from './case.js';
import { CheckInSchema, IsoDateSchema } from './checkin.js';
import { RecoveryMeasureResultSchema } from './measure-results.js';

const nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** Every `error.code` the API answers with, and the status it comes with. */
export const ERROR_CODES = {
  invalid: 400,
  bad_json: 400,
  unauthorized: 401,
  wrong_password: 403,
  forbidden: 403,
  csrf: 403,
  cross_site: 403,
  not_found: 404,
  timeout: 408,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  headers_too_large: 431,
  internal: 500,
  unavailable: 503,
} as const;
export type ErrorCode = keyof typeof ERROR_CODES;

export const ErrorSchema = Type.Object(
  {
    error: Type.Object(
      {
        code: Type.Union(Object.keys(ERROR_CODES).map((c) => Type.Literal(c as ErrorCode))),
        message: Type.String({ description: 'what went wrong, in plain words' }),
        field: Type.Optional(Type.String({ description: 'dotted path of the field at fault, such as pain.knee or today' })),
      },
      { additionalProperties: false },
    ),
  },
  { $id: 'Error', additionalProperties: false, description: 'Every 4xx and 5xx answer has this shape.' },
);

/** A uuid: the form of every record id the store hands out. */
export const RecordIdSchema = Type.String({
  pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
  description: 'a record id (uuid)',
});

export const IdParamsSchema = Type.Object({ id: RecordIdSchema }, { additionalProperties: false });
export const CheckInParamsSchema = Type.Object({ id: RecordIdSchema, checkInId: RecordIdSchema }, { additionalProperties: false });
export const MeasureResultParamsSchema = Type.Object({ id: RecordIdSchema, resultId: RecordIdSchema }, { additionalProperties: false });
export const SummaryQuerySchema = Type.Object(
  { today: Type.Optional(Type.String({ pattern: IsoDateSchema.pattern, description: "the day to summarise on, YYYY-MM-DD; default the server's current UTC date" })) },
  { additionalProperties: false },
);

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;

const Email = Type.String({ format: 'email', minLength: 3, maxLength: 254, description: 'an email address' });
const NewPassword = Type.String({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH, description: `${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters` });
const AnyPassword = Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH });

export const RegisterBodySchema = Type.Object({ email: Email, password: NewPassword }, { $id: 'RegisterBody', additionalProperties: false });
export const LoginBodySchema = Type.Object({ email: Email, password: AnyPassword }, { $id: 'LoginBody', additionalProperties: false });
export const PasswordChangeBodySchema = Type.Object(
  { currentPassword: AnyPassword, newPassword: NewPassword },
  { $id: 'PasswordChangeBody', additionalProperties: false },
);

export const DeleteAccountBodySchema = Type.Object(
  { password: Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH, description: 'the current password, asked again before erasing everything' }) },
  { $id: 'DeleteAccountBody', additionalProperties: false },
);

export const UserSchema = Type.Object(
  { id: Type.String(), email: Type.String(), createdAt: Type.String({ description: 'ISO 8601 timestamp' }) },
  { $id: 'User' },
);

export const RegisterAcceptedSchema = Type.Object(
  {
    accepted: Type.Literal(true),
    message: Type.String({ description: 'what to do next: sign in with the same email and password' }),
  },
  {
    $id: 'RegisterAccepted',
    description: 'The same answer whether the email was new (the account now exists) or already had an account, so registration does not tell which emails have accounts.',
  },
);

export const SessionSchema = Type.Object(
  { user: UserSchema, csrfToken: Type.String({ description: 'send it back as the x-csrf-token header on every POST, PUT, PATCH and DELETE' }) },
  { $id: 'Session' },
);

export const AssessmentResponseSchema = Type.Object(
  {
    assessment: AssessmentSchema,
    saved: nullable(Type.Object({ id: Type.String() }, { description: 'the saved record, for a signed-in person; null when nothing was stored' })),
  },
  { $id: 'AssessmentResponse' },
);

export const SavedAssessmentSchema = Type.Object(
  { id: Type.String(), createdAt: Type.String(), case: CaseSchema, assessment: AssessmentSchema },
  { $id: 'SavedAssessment' },
);
export const SavedAssessmentListSchema = Type.Object({ assessments: Type.Array(SavedAssessmentSchema, { description: 'newest first' }) }, { $id: 'SavedAssessmentList' });

export const RecoverySchema = Type.Object(
  {
    id: Type.String(),
    onsetDate: IsoDateSchema,
    title: nullable(Type.String()),
    assessmentId: nullable(Type.String({ description: 'the saved assessment the recovery began from' })),
    createdAt: Type.String(),
  },
  { $id: 'Recovery' },
);
export const RecoveryListSchema = Type.Object({ recoveries: Type.Array(RecoverySchema, { description: 'newest first' }) }, { $id: 'RecoveryList' });
export const CheckInListSchema = Type.Object({ checkIns: Type.Array(CheckInSchema, { description: 'oldest first' }) }, { $id: 'CheckInList' });

export const AuditEntrySchema = Type.Object({
  at: Type.String(),
  action: Type.String(),
  recordType: Type.String(),
  recordId: nullable(Type.String()),
  outcome: Type.String(),
});

export const UserExportSchema = Type.Object(
  {
    exportedAt: Type.String(),
    user: UserSchema,
    assessments: Type.Array(SavedAssessmentSchema),
    recoveries: Type.Array(RecoverySchema),
    checkIns: Type.Array(CheckInSchema),
    calendarFeeds: Type.Optional(Type.Array(Type.Object({ recoveryId: Type.String(), settings: CalendarFeedSettingsSchema, createdAt: Type.String() }), { description: 'reminder settings of your calendar feeds' })),
    measureResults: Type.Array(RecoveryMeasureResultSchema, { description: 'the validated measures you answered, with their scores' }),
    fhir: Type.Object(
      { resourceType: Type.Literal('Bundle') },
      { additionalProperties: true, description: 'the same measure results as a FHIR R4 collection Bundle: a QuestionnaireResponse and a score Observation for each' },
    ),
    audit: Type.Array(AuditEntrySchema, { description: 'who touched your records, and when' }),
  },
  { $id: 'UserExport' },
);

export const HealthSchema = Type.Object(
  {
    status: Type.Union([Type.Literal('ok'), Type.Literal('unavailable'), Type.Literal('draining')], {
      description: 'draining: shutting down; still serving, but a load balancer should send new requests elsewhere',
    }),
    database: Type.Union([Type.Literal('ok'), Type.Literal('unreachable'), Type.Literal('not_writable')], {
      description: 'not_writable: it answers reads but refuses a write (a full disk, a read-only standby)',
    }),
  },
  { $id: 'Health' },
);

/**
 * GET /api/v1/knowledge: the knowledge base object of src/knowledge/index.ts (sources, evidence,
 * red flags, patterns, mechanisms, treatments, recovery phases, exercises...). Its items are typed
 * in src/knowledge; here only its outline is described.
 */
export const KnowledgeSchema = Type.Record(Type.String(), Type.Unknown(), {
  $id: 'Knowledge',
  description: 'the knowledge base: sources, evidence, evidenceGroups, triageLevels, redFlags, patterns, mechanisms, specialists, articleTreatments, treatmentOptions, cautions, symptoms, doctorTriggers, learn, recoveryPhases, complications, recoveryTips, recoveryMeasures, exercises, exerciseStopRules, glossary (words explained), regions (numbers to call)',
});

export type ApiError = Static<typeof ErrorSchema>;
export type RegisterBody = Static<typeof RegisterBodySchema>;
export type LoginBody = Static<typeof LoginBodySchema>;
export type PasswordChangeBody = Static<typeof PasswordChangeBodySchema>;
export type User = Static<typeof UserSchema>;
export type Session = Static<typeof SessionSchema>;
export type AssessmentResponse = Static<typeof AssessmentResponseSchema>;
export type SavedAssessment = Static<typeof SavedAssessmentSchema>;
export type Recovery = Static<typeof RecoverySchema>;
export type UserExportBody = Static<typeof UserExportSchema>;
export type Health = Static<typeof HealthSchema>;
