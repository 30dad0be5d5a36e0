/**
 * The table types, Kysely style: one interface per table, columns named and typed as they are
 * stored (snake_case; timestamps as ISO-8601 text; JSON as text) in both SQLite and PostgreSQL.
 * The row mappers turn these into the Store's records.
 */
import type { Generated } from 'kysely';

export interface UsersTable {
  id: string;
  /** Stored lowercased, so the unique index is case-insensitive in both dialects. */
  email: string;
  password_hash: string;
  created_at: string;
}

export interface SessionsTable {
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  /** When the session was last used, for the idle timeout (null: never since sign-in). */
  last_seen_at: string | null;
}

export interface AssessmentsTable {
  id: string;
  user_id: string;
  case_json: string;
  assessment_json: string;
  created_at: string;
}

export interface RecoveriesTable {
  id: string;
  user_id: string;
  assessment_id: string | null;
  onset_date: string;
  title: string | null;
  created_at: string;
}

export interface CheckInsTable {
  id: string;
  user_id: string;
  recovery_id: string;
  /** YYYY-MM-DD, a copy of data_json's date so that (recovery_id, date) can be unique. */
  date: string;
  data_json: string;
  created_at: string;
  updated_at: string;
}

export interface CalendarFeedsTable {
  recovery_id: string;
  user_id: string;
  /** sha-256 of the feed token; the token is only ever in the person's calendar app. */
  token_hash: string;
  settings_json: string;
  created_at: string;
}

export interface MeasureResultsTable {
  id: string;
  user_id: string;
  recovery_id: string;
  /** A MeasureId: start-back, roland-morris, psfs, nprs. */
  instrument: string;
  /** YYYY-MM-DD: the day the answers were given. */
  date: string;
  /** The answers as the instrument's answers file has them; scores are derived, not stored. */
  answers_json: string;
  created_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  /** Not a foreign key: entries about failed sign-ins and the like have no user row. */
  user_id: string | null;
  action: string;
  record_type: string;
  record_id: string | null;
  outcome: string;
  request_id: string | null;
  /** Set when the account was erased: user_id is then a pseudonym, kept for the retention. */
  erased_at: string | null;
}

export interface RateLimitsTable {
  key: string;
  window_start: string;
  count: number;
}

export interface LoginFailuresTable {
  key: string;
  failures: number;
  last_at: string;
}

export interface TrustedDevicesTable {
  id_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

export interface HealthProbeTable {
  id: number;
  at: string;
}

export interface PasswordResetsTable {
  /** sha-256 of the link's token; the token itself is only ever in the link. */
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  assessments: AssessmentsTable;
  recoveries: RecoveriesTable;
  check_ins: CheckInsTable;
  calendar_feeds: CalendarFeedsTable;
  measure_results: MeasureResultsTable;
  audit_log: AuditLogTable;
  rate_limits: RateLimitsTable;
  login_failures: LoginFailuresTable;
  trusted_devices: TrustedDevicesTable;
  health_probe: HealthProbeTable;
  password_resets: PasswordResetsTable;
}

export type TableName = keyof Database;

/** Every table, children before parents (the order to empty them in). */
export const TABLE_NAMES: readonly TableName[] = [
  'check_ins', 'calendar_feeds', 'measure_results', 'recoveries', 'assessments', 'sessions', 'trusted_devices', 'audit_log', 'rate_limits', 'login_failures', 'health_probe', 'password_resets', 'users',
];

export type StoreDialect = 'sqlite' | 'postgres';
