/** Rows as stored → the Store's records (JSON text parsed, snake_case to camelCase). */
import type { Selectable } from 'kysely';
import type { Case } from '../../schemas/case.js';
import type { Assessment } from '../../schemas/assessment.js';
import type { CheckInInput } from '../../schemas/checkin.js';
import type { CalendarFeedSettings } from '../../schemas/calendar.js';
import type { MeasureId } from '../../knowledge/measures/instrument.js';
import type { AssessmentRecord, AuditEntry, CalendarFeedRecord, CheckInRecord, MeasureResultRecord, RecoveryRecord, SessionRecord, UserRecord } from '../store.js';
import type {
  AssessmentsTable, AuditLogTable, CalendarFeedsTable, CheckInsTable, MeasureResultsTable, RecoveriesTable, SessionsTable, UsersTable,
} from './database.js';

export function toUser(row: Selectable<UsersTable>): UserRecord {
  return { id: row.id, email: row.email, passwordHash: row.password_hash, createdAt: row.created_at };
}

export function toSession(row: Selectable<SessionsTable>): SessionRecord {
  return {
    idHash: row.id_hash, userId: row.user_id, csrfToken: row.csrf_token, createdAt: row.created_at, expiresAt: row.expires_at, lastSeenAt: row.last_seen_at,
  };
}

export function toAssessment(row: Selectable<AssessmentsTable>): AssessmentRecord {
  return {
    id: row.id,
    userId: row.user_id,
    case: JSON.parse(row.case_json) as Case,
    assessment: JSON.parse(row.assessment_json) as Assessment,
    createdAt: row.created_at,
  };
}

export function toRecovery(row: Selectable<RecoveriesTable>): RecoveryRecord {
  return {
    id: row.id, userId: row.user_id, assessmentId: row.assessment_id, onsetDate: row.onset_date, title: row.title, createdAt: row.created_at,
  };
}

export function toCheckIn(row: Selectable<CheckInsTable>): CheckInRecord {
  return {
    id: row.id,
    userId: row.user_id,
    recoveryId: row.recovery_id,
    date: row.date,
    data: JSON.parse(row.data_json) as CheckInInput,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toAuditEntry(row: Selectable<AuditLogTable>): AuditEntry {
  return {
    id: Number(row.id),
    at: row.at,
    userId: row.user_id,
    action: row.action,
    recordType: row.record_type,
    recordId: row.record_id,
    outcome: row.outcome as AuditEntry['outcome'],
    requestId: row.request_id,
    ...(row.erased_at ? { erasedAt: row.erased_at } : {}),
  };
}

export function toCalendarFeed(row: Selectable<CalendarFeedsTable>): CalendarFeedRecord {
  return {
    recoveryId: row.recovery_id,
    userId: row.user_id,
    tokenHash: row.token_hash,
    settings: JSON.parse(row.settings_json) as CalendarFeedSettings,
    createdAt: row.created_at,
  };
}

export function toMeasureResult(row: Selectable<MeasureResultsTable>): MeasureResultRecord {
  return {
    id: row.id,
    userId: row.user_id,
    recoveryId: row.recovery_id,
    instrument: row.instrument as MeasureId,
    date: row.date,
    answers: JSON.parse(row.answers_json) as MeasureResultRecord['answers'],
    createdAt: row.created_at,
  };
}
