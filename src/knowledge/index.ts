/**
 * The whole knowledge base in one plain, JSON-ready object: what `GET /api/v1/knowledge` serves
 * and the library exports. Lists keep the article's (or urgency) order; look-ups by id stay in
 * the single files.
 */
import { SOURCES, SOURCE_IDS } from './sources.js';
import { EVIDENCE, EVIDENCE_GROUPS } from './evidence.js';
import { RED_FLAGS, RED_FLAG_IDS } from './red-flags.js';
import { PATTERNS, PATTERN_IDS } from './patterns.js';
import { MECHANISMS, MECHANISM_IDS } from './mechanisms.js';
import { SPECIALISTS, SPECIALIST_IDS } from './specialists.js';
import { TRIAGE_LEVELS, TRIAGE_LEVEL_INFO } from './triage-levels.js';
import { ARTICLE_TREATMENTS, TREATMENT_OPTIONS, type TreatmentOption, type TreatmentOptionId } from './treatments.js';
import { CAUTIONS, CAUTION_IDS_BY_OPTION, type CautionId } from './cautions.js';
import { SYMPTOMS } from './symptoms.js';
import { DOCTOR_TRIGGERS } from './doctor-triggers.js';
import { LEARN_SECTIONS } from './learn.js';
import { RECOVERY_PHASES_INFO, COMPLICATIONS, RECOVERY_TIPS, RECOVERY_MEASURES } from './recovery.js';
import { EXERCISES, EXERCISE_STOP_RULES } from './exercises.js';
import { GLOSSARY } from './glossary.js';
import { REGION_LIST } from './regions.js';

/** An option as served: with the ids of the cautions that can apply to it. */
export interface TreatmentOptionWithCautions extends TreatmentOption {
  readonly cautions: readonly CautionId[];
}

export const KNOWLEDGE = Object.freeze({
  sources: SOURCE_IDS.map((id) => SOURCES[id]),
  evidence: EVIDENCE,
  evidenceGroups: EVIDENCE_GROUPS,
  triageLevels: TRIAGE_LEVELS.map((l) => TRIAGE_LEVEL_INFO[l]),
  redFlags: RED_FLAG_IDS.map((id) => RED_FLAGS[id]),
  patterns: PATTERN_IDS.map((id) => PATTERNS[id]),
  mechanisms: MECHANISM_IDS.map((id) => MECHANISMS[id]),
  specialists: SPECIALIST_IDS.map((id) => SPECIALISTS[id]),
  articleTreatments: ARTICLE_TREATMENTS,
  treatmentOptions: TREATMENT_OPTIONS.map((o): TreatmentOptionWithCautions => ({ ...o, cautions: CAUTION_IDS_BY_OPTION[o.id as TreatmentOptionId] })),
  cautions: CAUTIONS,
  symptoms: SYMPTOMS,
  doctorTriggers: DOCTOR_TRIGGERS,
  learn: LEARN_SECTIONS,
  recoveryPhases: RECOVERY_PHASES_INFO,
  complications: COMPLICATIONS,
  recoveryTips: RECOVERY_TIPS,
  recoveryMeasures: RECOVERY_MEASURES,
  exercises: EXERCISES,
  exerciseStopRules: EXERCISE_STOP_RULES,
  glossary: GLOSSARY,
  regions: REGION_LIST,
});

export type Knowledge = typeof KNOWLEDGE;
