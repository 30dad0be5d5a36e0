/** Store records → the API's shapes (what the schemas in src/schemas/api.ts describe). */
import type { Recovery, SavedAssessment } from '../../schemas/api.js';
import type { CheckIn } from '../../schemas/checkin.js';
import type { AssessmentRecord, CheckInRecord, RecoveryRecord, UserRecord } from '../../store/store.js';

export function toUser(user: Pick<UserRecord, 'id' | 'email' | 'createdAt'>) {
  return { id: user.id, email: user.email, createdAt: user.createdAt };
}

export function toSavedAssessment(record: AssessmentRecord): SavedAssessment {
  return { id: record.id, createdAt: record.createdAt, case: record.case, assessment: record.assessment };
}

export function toRecovery(record: RecoveryRecord): Recovery {
  return { id: record.id, onsetDate: record.onsetDate, title: record.title, assessmentId: record.assessmentId, createdAt: record.createdAt };
}

export function toCheckIn(record: CheckInRecord): CheckIn {
  return { ...record.data, id: record.id, recoveryId: record.recoveryId, createdAt: record.createdAt, updatedAt: record.updatedAt };
}
