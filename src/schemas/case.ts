/**
 * The case: what the engine takes (CONTRACT.md "Input"). This TypeBox schema is the one source
 * for the TypeScript type, the JSON Schema the server validates with, and the OpenAPI document.
 */
import { Type, type Static, type TBoolean, type TOptional } from '@sinclair/typebox';
import { EVIDENCE, type EvidenceId } from '../knowledge/evidence.js';
import { TRIAGE_LEVELS } from '../knowledge/triage-levels.js';
import { StartBackAnswersSchema } from './measures.js';

export const SEXES = ['female', 'male', 'other'] as const;
export const COURSES = ['improving', 'stable', 'worsening'] as const;
export const PAIN_SITES = ['knee', 'leg', 'back'] as const;
export const SIDES = ['left', 'right', 'both'] as const;
/** The limbs a side is recorded for: the knee, and the rest of the leg. */
export const SIDED_SITES = ['knee', 'leg'] as const;
export type PainSite = (typeof PAIN_SITES)[number];

export const TriageLevelSchema = Type.Union(TRIAGE_LEVELS.map((l) => Type.Literal(l)), { $id: 'TriageLevel' });

export const SexSchema = Type.Union(SEXES.map((s) => Type.Literal(s)), { description: 'female | male | other' });
export const CourseSchema = Type.Union(COURSES.map((c) => Type.Literal(c)), { description: 'improving | stable | worsening' });

const painScore = (site: string) =>
  Type.Number({ minimum: 0, maximum: 10, description: `${site} pain, 0-10 numeric rating scale (worst in the last 24 hours)` });

export const PainSchema = Type.Object(
  { knee: Type.Optional(painScore('knee')), leg: Type.Optional(painScore('leg')), back: Type.Optional(painScore('back')) },
  { additionalProperties: false },
);

export const SideSchema = Type.Union(SIDES.map((x) => Type.Literal(x)), { description: 'left | right | both' });

export const SidesSchema = Type.Object(
  { knee: Type.Optional(SideSchema), leg: Type.Optional(SideSchema) },
  { additionalProperties: false, description: 'which side hurts: the knee, and the rest of the leg (buttock, hip, thigh, calf, foot)' },
);

/** One optional boolean per evidence id: true = present, false = asked and absent, missing = not asked. */
export const EvidenceSchema = Type.Object(
  Object.fromEntries(EVIDENCE.map((e) => [e.id, Type.Optional(Type.Boolean({ description: e.meaning }))])) as Record<EvidenceId, TOptional<TBoolean>>,
  { additionalProperties: false },
);

export const CaseSchema = Type.Object(
  {
    id: Type.Optional(Type.String({ maxLength: 200, description: 'optional case id, echoed in the assessment' })),
    age: Type.Integer({ minimum: 0, maximum: 120, description: 'age in years' }),
    sex: Type.Optional(SexSchema),
    durationDays: Type.Optional(Type.Number({ minimum: 0, maximum: 36500, description: 'days since the current symptoms began' })),
    course: Type.Optional(CourseSchema),
    pain: Type.Optional(PainSchema),
    side: Type.Optional(SidesSchema),
    evidence: Type.Optional(EvidenceSchema),
    startBack: Type.Optional(Type.Composite([StartBackAnswersSchema], {
      additionalProperties: false,
      description: 'optional, for back pain with or without sciatica: the Keele STarT Back answers, all nine. The treatment advice then follows '
        + 'the care matched to the risk group (stratifiedCare), never above the triage.',
    })),
  },
  { $id: 'Case', additionalProperties: false, description: 'A case: age, context and evidence answers (CONTRACT.md).' },
);

export type Sex = (typeof SEXES)[number];
export type Course = (typeof COURSES)[number];
export type Evidence = Partial<Record<EvidenceId, boolean>>;
export type Pain = Static<typeof PainSchema>;
export type Side = (typeof SIDES)[number];
export type Sides = Static<typeof SidesSchema>;
export type Case = Static<typeof CaseSchema>;

/** A case being built by the interview: nothing is required yet. */
export const PartialCaseSchema = Type.Partial(CaseSchema, { $id: 'PartialCase', additionalProperties: false });
export type PartialCase = Static<typeof PartialCaseSchema>;
