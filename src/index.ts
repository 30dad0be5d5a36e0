/**
 * The library: `import { assess, nextQuestions } from 'knee-sciatica-navigator'`.
 * Pure functions over the typed, sourced knowledge base; the schemas are the API's own.
 */
export { assess, assessValid, ENGINE_VERSION } from './engine/assess.js';
export { nextQuestions, type NextQuestionsOptions } from './engine/interview.js';
export { evaluateRedFlags } from './engine/triage.js';
export { validateCase, validatePartialCase, CaseValidationError, type FieldError } from './engine/validate.js';
export * from './schemas/case.js';
export * from './schemas/assessment.js';
export * from './schemas/interview.js';
export * from './schemas/checkin.js';
export { TRIAGE_LEVELS, TRIAGE_LEVEL_INFO, type TriageLevel } from './knowledge/triage-levels.js';
export { EVIDENCE, EVIDENCE_IDS, type EvidenceId, type EvidenceItem } from './knowledge/evidence.js';
export { RED_FLAGS, RED_FLAG_IDS, type RedFlagId } from './knowledge/red-flags.js';
export { PATTERNS, PATTERN_IDS, type PatternId } from './knowledge/patterns.js';
export { MECHANISMS, MECHANISM_IDS, type MechanismId } from './knowledge/mechanisms.js';
export { SOURCES, type Source, type SourceId } from './knowledge/sources.js';
export { TRIAGE_RULES, type TriageRule } from './knowledge/triage-rules.js';
export { KNOWLEDGE, type Knowledge } from './knowledge/index.js';
export { adviseTreatments, type TreatmentContext } from './engine/treatments.js';
export { summarizeRecovery, type SummaryInput } from './recovery/summary.js';
export { recoverySeries, type SeriesInput } from './recovery/series.js';
export * from './schemas/recovery.js';
