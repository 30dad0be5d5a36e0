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
// Validated measures (STarT Back, Roland-Morris, PSFS, pain 0-10): the instruments as data, the scorers, the change that matters.
export { MEASURES, MEASURE_IDS, MEASURE_LIST, isMeasureId, type Instrument, type MeasureId, type ChangeThreshold, type MeasureLicence } from './knowledge/measures/index.js';
export { scoreMeasure, parseMeasureAnswers } from './measures/score.js';
export { scoreStartBack, startBackRisk } from './measures/start-back.js';
export { scoreRolandMorris } from './measures/roland-morris.js';
export { scorePsfs, psfsInstructions } from './measures/psfs.js';
export { scoreNprs } from './measures/nprs.js';
export { measureChange } from './measures/change.js';
export { MeasureAnswerError } from './measures/answer-error.js';
export * from './schemas/measures.js';
// Stratified care (the care matched to the STarT Back group, never above the triage) and the measures in recovery.
export { stratifiedCare, startBackFits } from './engine/stratified-care.js';
export { MATCHED_CARE, type MatchedCare } from './knowledge/stratified-care.js';
export { measureProgress, type MeasureEntry, type MeasureProgressInput } from './recovery/measure-progress.js';
export { measureWorseAlert, noImprovementAlert } from './recovery/alerts.js';
export { MEASURE_SCHEDULE } from './knowledge/measure-schedule.js';
export * from './schemas/measure-results.js';
