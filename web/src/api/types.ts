/**
 * The API's types, taken (types only) from the TypeBox schemas in src/schemas: the web bundle
 * carries no engine or knowledge code, only the shapes of what the server sends.
 */
export type { Case, PartialCase, Pain } from '../../../src/schemas/case.js';
export type { InterviewRequest, InterviewStep, Question, QuestionOption, QuestionTarget, QuestionKind } from '../../../src/schemas/interview.js';
export type {
  Assessment, Caution, CautionSeverity, Exercise, Likelihood, MechanismHit, PatternHit, RecoveryPhase, RecoveryPlan, RedFlagHit,
  Referral, Suitability, TreatmentAdvice, TreatmentCategory, Triage, Verdict,
} from '../../../src/schemas/assessment.js';
export type { CheckIn, CheckInInput, CheckInRedFlags, ExerciseSession, RecoveryInput, SessionExercise, SwellingLevel, WalkingTolerance } from '../../../src/schemas/checkin.js';
export type { CalendarFeed, CalendarFeedSettings, Weekday } from '../../../src/schemas/calendar.js';
export type { Alert, AlertSeverity, PhaseStatus, PlanChange, Progression, RecoverySeries, RecoverySummary, SeriesPoint, Trend, WeekAdherence } from '../../../src/schemas/recovery.js';
export type { TriageLevel } from '../../../src/knowledge/triage-levels.js';

export type { SavedAssessment, Session as Me, Recovery, User } from '../../../src/schemas/api.js';
