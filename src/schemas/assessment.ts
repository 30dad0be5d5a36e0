/**
 * The assessment: what the engine answers (CONTRACT.md "Output", plus the fields a person and a
 * front end need). One TypeBox source for the type, the response JSON Schema and OpenAPI.
 */
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { EVIDENCE_IDS } from '../knowledge/evidence.js';
import { RED_FLAG_IDS } from '../knowledge/red-flags.js';
import { PATTERN_IDS } from '../knowledge/patterns.js';
import { MECHANISM_IDS } from '../knowledge/mechanisms.js';
import { SOURCE_IDS } from '../knowledge/sources.js';
import { SPECIALIST_IDS } from '../knowledge/specialists.js';
import { TriageLevelSchema } from './case.js';

const oneOf = <T extends string>(values: readonly T[], options: { $id?: string; description?: string } = {}) =>
  Type.Union(values.map((v) => Type.Literal(v)), options);

export const EvidenceIdSchema = oneOf(EVIDENCE_IDS, { description: 'an evidence id of evidence.json' });
export const SourceIdSchema = oneOf(SOURCE_IDS, { description: 'a source id of the knowledge base (GET /api/v1/knowledge)' });
const Sources = Type.Array(SourceIdSchema);
const Because = Type.Array(EvidenceIdSchema, { description: 'the evidence ids that led here' });
const list = <T extends TSchema>(item: T) => Type.Array(item);

export const LIKELIHOODS = ['high', 'moderate', 'low'] as const;
/**
 * What a guideline says of a treatment option. `refer`: the guideline's step is a referral for a
 * specialist to consider it (NICE NG226 on joint replacement), not a treatment to start here.
 */
export const VERDICTS = ['recommended', 'consider', 'refer', 'not_recommended', 'no_verdict'] as const;
export const TREATMENT_CATEGORIES = ['conventional', 'alternative', 'home'] as const;
export const SUITABILITIES = ['suitable', 'ask_first', 'avoid'] as const;
export const CAUTION_SEVERITIES = ['avoid', 'ask_doctor', 'ask_pharmacist', 'note'] as const;
export const RECOVERY_PHASES = ['acute', 'subacute', 'rehabilitation'] as const;

export const TriageRuleHitSchema = Type.Object({
  rule: Type.String({ description: 'id of the rule that set this level' }),
  level: TriageLevelSchema,
  because: Because,
  reason: Type.String(),
  sources: Sources,
});

export const TriageSchema = Type.Object({
  level: TriageLevelSchema,
  title: Type.String(),
  action: Type.String({ description: 'what to do, in plain words' }),
  timeframe: Type.String(),
  because: list(Type.String({ description: 'a reason in plain words' })),
  rules: list(TriageRuleHitSchema),
});

export const RedFlagHitSchema = Type.Object({
  id: oneOf(RED_FLAG_IDS),
  level: TriageLevelSchema,
  because: Because,
  title: Type.String(),
  explanation: Type.String(),
  whatToDo: Type.String(),
  sources: Sources,
});

export const PatternHitSchema = Type.Object({
  id: oneOf(PATTERN_IDS),
  likelihood: oneOf(LIKELIHOODS),
  because: Because,
  against: Type.Array(EvidenceIdSchema, { description: 'answers that speak against this pattern' }),
  title: Type.String(),
  explanation: Type.String(),
  learn: Type.String(),
  sources: Sources,
});

export const MechanismHitSchema = Type.Object({
  id: oneOf(MECHANISM_IDS),
  because: Because,
  title: Type.String(),
  explanation: Type.String(),
  sources: Sources,
});

export const ReferralSchema = Type.Object({
  id: oneOf(SPECIALIST_IDS),
  title: Type.String(),
  why: Type.String(),
});

export const CautionSchema = Type.Object({
  id: Type.String(),
  severity: oneOf(CAUTION_SEVERITIES),
  text: Type.String(),
  because: Because,
  sources: Sources,
});

export const TreatmentAdviceSchema = Type.Object({
  id: Type.String({ description: 'treatment option id' }),
  articleTreatment: Type.String({ description: "the article's treatment this option belongs to" }),
  category: oneOf(TREATMENT_CATEGORIES),
  title: Type.String(),
  description: Type.String(),
  verdict: oneOf(VERDICTS),
  verdictText: Type.String({ description: 'what guidelines say, in plain words' }),
  sources: Sources,
  /** Whether it fits this picture (for example knee injection when the picture is knee osteoarthritis). */
  relevant: Type.Boolean(),
  suitability: oneOf(SUITABILITIES),
  cautions: list(CautionSchema),
});

export const ExerciseSchema = Type.Object({
  id: Type.String(),
  title: Type.String(),
  targets: Type.Array(Type.String()),
  kind: Type.String({ description: 'stretching | strengthening | mobility | low_impact' }),
  how: Type.String(),
  dose: Type.String(),
  progression: Type.String(),
  stopIf: Type.String(),
  sources: Sources,
});

export const RecoveryPlanSchema = Type.Object({
  phase: oneOf(RECOVERY_PHASES),
  title: Type.String(),
  timeline: Type.String(),
  focus: Type.String(),
  goals: Type.Array(Type.String()),
  exercises: list(ExerciseSchema),
  complicationsToWatch: Type.Array(Type.Object({ id: Type.String(), text: Type.String(), action: Type.String() })),
  tips: Type.Array(Type.Object({ id: Type.String(), title: Type.String(), text: Type.String() })),
  sources: Sources,
});

export const STRATIFIED_CARE_STATUSES = ['matched', 'seen_first', 'not_back_pain'] as const;
export const START_BACK_RISKS = ['low', 'medium', 'high'] as const;

export const SourceWordsSchema = Type.Object({
  source: SourceIdSchema,
  where: Type.String({ description: 'where in the source' }),
  words: Type.String({ description: 'the source\'s own words, quoted exactly' }),
});

/**
 * The care matched to the STarT Back risk group (present when the case has `startBack`).
 * `matched`: the advice follows it; `seen_first`: the level is to be seen now or today, so it
 * changes nothing; `not_back_pain`: the tool is for back pain and the picture is not.
 */
export const StratifiedCareSchema = Type.Object({
  instrument: Type.Literal('start-back'),
  status: oneOf(STRATIFIED_CARE_STATUSES),
  risk: oneOf(START_BACK_RISKS),
  riskTitle: Type.String({ description: 'Low risk, Medium risk or High risk' }),
  total: Type.Integer({ minimum: 0, maximum: 9, description: 'overall score, items 1-9' }),
  distress: Type.Integer({ minimum: 0, maximum: 5, description: 'distress subscore, items 5-9' }),
  title: Type.String({ description: 'the care, in a few words' }),
  summary: Type.String(),
  steps: Type.Array(Type.String(), { description: 'what to do (empty unless matched)' }),
  sourceWords: Type.Array(SourceWordsSchema),
  attribution: Type.String({ description: 'the licence attribution, to show beside the instrument' }),
  sources: Sources,
});

export const AssessmentSchema = Type.Object(
  {
    id: Type.Optional(Type.String()),
    engineVersion: Type.String(),
    triage: TriageSchema,
    redFlags: list(RedFlagHitSchema),
    patterns: list(PatternHitSchema),
    mechanisms: list(MechanismHitSchema),
    unanswered: Type.Array(EvidenceIdSchema, { description: 'red-flag questions not answered: the triage assumes they are absent' }),
    unansweredNotice: Type.Optional(Type.String()),
    ageNotice: Type.Optional(Type.String({ description: 'for a person under 16: the tool is made for adults, and what to do for a child' })),
    whomToSee: list(ReferralSchema),
    treatments: list(TreatmentAdviceSchema),
    recoveryPlan: RecoveryPlanSchema,
    stratifiedCare: Type.Optional(StratifiedCareSchema),
    safetyNet: Type.Array(Type.String(), { description: 'what would make it more urgent, and what to do then' }),
    notice: Type.String({ description: 'this is not a diagnosis' }),
  },
  { $id: 'Assessment' },
);

export type TriageRuleHit = Static<typeof TriageRuleHitSchema>;
export type Triage = Static<typeof TriageSchema>;
export type RedFlagHit = Static<typeof RedFlagHitSchema>;
export type PatternHit = Static<typeof PatternHitSchema>;
export type MechanismHit = Static<typeof MechanismHitSchema>;
export type Referral = Static<typeof ReferralSchema>;
export type Caution = Static<typeof CautionSchema>;
export type TreatmentAdvice = Static<typeof TreatmentAdviceSchema>;
export type Exercise = Static<typeof ExerciseSchema>;
export type RecoveryPlan = Static<typeof RecoveryPlanSchema>;
export type Assessment = Static<typeof AssessmentSchema>;
export type StratifiedCare = Static<typeof StratifiedCareSchema>;
export type StratifiedCareStatus = (typeof STRATIFIED_CARE_STATUSES)[number];
export type Likelihood = (typeof LIKELIHOODS)[number];
export type Verdict = (typeof VERDICTS)[number];
export type TreatmentCategory = (typeof TREATMENT_CATEGORIES)[number];
export type Suitability = (typeof SUITABILITIES)[number];
export type CautionSeverity = (typeof CAUTION_SEVERITIES)[number];
export type RecoveryPhase = (typeof RECOVERY_PHASES)[number];
