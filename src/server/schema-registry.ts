/**
 * The TypeBox schemas with an `$id` become shared schemas of the app (`app.addSchema`), so ajv and
 * the serialiser compile each once and OpenAPI lists each under components by its `$id`.
 *
 * TypeBox embeds a schema where it is used, so one `$id` can appear many times inside another
 * (TriageLevel sits in every red flag of an Assessment). ajv refuses a document that defines one
 * id twice, so before registering, every nested schema with a registered `$id` is replaced by a
 * `$ref` to it and any other nested `$id` is dropped. Routes point at shared schemas with `ref()`.
 */
import { Type, type Static, type TSchema, type TUnsafe } from '@sinclair/typebox';
import {
  AssessmentResponseSchema, CheckInListSchema, ErrorSchema, HealthSchema, KnowledgeSchema, LoginBodySchema, PasswordChangeBodySchema, RecoveryListSchema,
  RecoverySchema, DeleteAccountBodySchema, RegisterAcceptedSchema, RegisterBodySchema, SavedAssessmentListSchema, SavedAssessmentSchema, SessionSchema, UserExportSchema, UserSchema,
} from '../schemas/api.js';
import { AssessmentSchema } from '../schemas/assessment.js';
import { CalendarFeedSchema, CalendarFeedSettingsSchema } from '../schemas/calendar.js';
import { CaseSchema, PartialCaseSchema, TriageLevelSchema } from '../schemas/case.js';
import { CheckInInputSchema, CheckInSchema, RecoveryInputSchema } from '../schemas/checkin.js';
import { InterviewRequestSchema, InterviewStepSchema, QuestionSchema } from '../schemas/interview.js';
import { RecoverySeriesSchema, RecoverySummarySchema } from '../schemas/recovery.js';
import { RecoveryMeasureResultListSchema, RecoveryMeasureResultSchema } from '../schemas/measure-results.js';

export const SHARED_SCHEMAS: readonly TSchema[] = [
  ErrorSchema, HealthSchema, KnowledgeSchema,
  TriageLevelSchema, CaseSchema, PartialCaseSchema, AssessmentSchema, AssessmentResponseSchema, SavedAssessmentSchema, SavedAssessmentListSchema,
  QuestionSchema, InterviewRequestSchema, InterviewStepSchema,
  RegisterBodySchema, RegisterAcceptedSchema, DeleteAccountBodySchema, LoginBodySchema, PasswordChangeBodySchema, UserSchema, SessionSchema, UserExportSchema,
  RecoveryInputSchema, RecoverySchema, RecoveryListSchema, CheckInInputSchema, CheckInSchema, CheckInListSchema,
  RecoverySummarySchema, RecoverySeriesSchema, CalendarFeedSettingsSchema, CalendarFeedSchema,
  RecoveryMeasureResultSchema, RecoveryMeasureResultListSchema,
];

const REGISTERED = new Set(SHARED_SCHEMAS.map((s) => idOf(s)));

function idOf(schema: TSchema): string {
  if (typeof schema.$id !== 'string') throw new Error('a shared schema needs an $id');
  return schema.$id;
}

/** A reference to a shared schema that keeps its static type for the route's type provider. */
export function ref<T extends TSchema>(schema: T): TUnsafe<Static<T>> {
  const id = idOf(schema);
  if (!REGISTERED.has(id)) throw new Error(`${id} is not a shared schema: add it to SHARED_SCHEMAS`);
  return Type.Unsafe<Static<T>>({ $ref: `${id}#` });
}

/**
 * A plain JSON copy of the schema, nested ids turned into refs (registered) or dropped (others),
 * and each union of string literals (how TypeBox spells an enumeration) written as the
 * equivalent `{ type: 'string', enum: [...] }`: the same values are valid, OpenAPI shows an enum,
 * and the serialiser writes the string instead of trying each branch of an anyOf in turn.
 */
export function forRegistry(schema: TSchema): Record<string, unknown> {
  return rewrite(schema, true) as Record<string, unknown>;
}

function literalValues(node: Record<string, unknown>): string[] | undefined {
  const branches = node.anyOf;
  if (!Array.isArray(branches) || branches.length === 0) return undefined;
  const values: string[] = [];
  for (const b of branches as Record<string, unknown>[]) {
    const keys = Object.keys(b).filter((k) => k !== 'type' && k !== 'description');
    if (typeof b.const !== 'string' || keys.length !== 1 || (b.type !== undefined && b.type !== 'string')) return undefined;
    values.push(b.const);
  }
  return values;
}

function rewrite(value: unknown, root: boolean): unknown {
  if (Array.isArray(value)) return value.map((v) => rewrite(v, false));
  if (typeof value !== 'object' || value === null) return value;
  const node = value as Record<string, unknown>;
  const id = node.$id;
  if (!root && typeof id === 'string' && REGISTERED.has(id)) return { $ref: `${id}#` };
  const values = literalValues(node);
  if (values) {
    const { anyOf: _branches, $id, ...rest } = node;
    return { ...(root && $id !== undefined ? { $id } : {}), ...rest, type: 'string', enum: values };
  }
  const out: Record<string, unknown> = {};
  // Object.keys skips TypeBox's symbol keys (Kind, Optional): JSON Schema only.
  for (const key of Object.keys(node)) {
    if (key === '$id' && !root) continue;
    // Under `properties` the keys are field names, not keywords: rewrite each value, keep the name.
    out[key] = key === 'properties' || key === 'patternProperties' ? rewriteEach(node[key]) : rewrite(node[key], false);
  }
  return out;
}

function rewriteEach(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rewrite(v, false)]));
}
