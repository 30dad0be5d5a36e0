/**
 * The storage interface the server depends on. One implementation over Kysely serves both
 * SQLite (the embedded default) and PostgreSQL; the dialect folders only build the connection.
 *
 * Ownership is part of every query: each method that touches health data takes the owner's
 * userId and never returns or changes another person's row (a miss looks like "not found").
 *
 * Times are ISO-8601 text in the one form `Date#toISOString()` gives (UTC, milliseconds, "Z"),
 * both those the store stamps and those passed in (expiresAt, now, windowStart...): the store
 * compares them as text.
 */
import type { Case } from '../schemas/case.js';
import type { Assessment } from '../schemas/assessment.js';
import type { CheckInInput } from '../schemas/checkin.js';
import type { CalendarFeedSettings } from '../schemas/calendar.js';
import type { MeasureId } from '../knowledge/measures/instrument.js';
import type { MeasureAnswers } from '../schemas/measures.js';

export interface UserRecord {
  id: string;
  email: string;
  passwordHash: string;
  createdAt: string;
}

export interface SessionRecord {
  /** sha-256 of the session token; the token itself is only ever in the cookie. */
  idHash: string;
  userId: string;
  csrfToken: string;
  createdAt: string;
  expiresAt: string;
  /** When the session was last used (for the idle timeout); null when not recorded. */
  lastSeenAt?: string | null;
}

export interface AssessmentRecord {
  id: string;
  userId: string;
  case: Case;
  assessment: Assessment;
  createdAt: string;
}

export interface RecoveryRecord {
  id: string;
  userId: string;
  assessmentId: string | null;
  onsetDate: string;
  title: string | null;
  createdAt: string;
}

export interface CheckInRecord {
  id: string;
  userId: string;
  recoveryId: string;
  date: string;
  data: CheckInInput;
  createdAt: string;
  updatedAt: string;
}

/** A validated measure answered during a recovery: the answers only (scores derive from them). */
export interface MeasureResultRecord<K extends MeasureId = MeasureId> {
  id: string;
  userId: string;
  recoveryId: string;
  instrument: K;
  /** YYYY-MM-DD: the day it was answered. */
  date: string;
  answers: MeasureAnswers[K];
  createdAt: string;
}

/** What a new measure result holds; the answers already checked by the instrument's scorer. */
export type MeasureResultInput = { [K in MeasureId]: { instrument: K; date: string; answers: MeasureAnswers[K] } }[MeasureId];

/** A recovery's private calendar feed. Only the token's hash is stored. */
export interface CalendarFeedRecord {
  recoveryId: string;
  userId: string;
  tokenHash: string;
  settings: CalendarFeedSettings;
  createdAt: string;
}

/** Who touched which record and when. Never the health data itself. */
export interface AuditEntry {
  id?: number;
  at: string;
  userId: string | null;
  action: string;
  recordType: string;
  recordId: string | null;
  outcome: 'ok' | 'denied' | 'not_found' | 'error';
  requestId?: string | null;
  /** Set on the entries of an erased account: userId is then a pseudonym, kept for the retention. */
  erasedAt?: string | null;
}

export interface UserExport {
  user: { id: string; email: string; createdAt: string };
  assessments: AssessmentRecord[];
  recoveries: RecoveryRecord[];
  checkIns: CheckInRecord[];
  /** Reminder settings of the calendar feeds (never the token or its hash). */
  calendarFeeds: { recoveryId: string; settings: CalendarFeedSettings; createdAt: string }[];
  measureResults: MeasureResultRecord[];
  audit: AuditEntry[];
}

export class ConflictError extends Error {
  override name = 'ConflictError';
}

/**
 * A write that points at a record the caller does not own (or that no longer exists): a check-in
 * for another person's recovery, a recovery linked to another person's assessment, a row for an
 * erased user. Reads report the same case as `undefined`/`false` instead.
 */
export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

export interface Store {
  readonly dialect: 'sqlite' | 'postgres';

  /** Throws when the database cannot be reached. */
  ping(): Promise<void>;
  /** Rewrites one row: throws when the database cannot take writes (full disk, read-only standby). */
  probeWrite(): Promise<void>;
  close(): Promise<void>;

  users: {
    /** Throws ConflictError when the email is taken. */
    create(user: { email: string; passwordHash: string }): Promise<UserRecord>;
    findByEmail(email: string): Promise<UserRecord | undefined>;
    findById(id: string): Promise<UserRecord | undefined>;
    updatePasswordHash(id: string, passwordHash: string): Promise<void>;
    /**
     * Erases every row of this person: sessions, devices, assessments, recoveries, check-ins,
     * measure results, calendar feeds, reset links. Their
     * audit entries are deleted too, or, given `keepAuditAs`, kept under that pseudonym (not
     * derived from the id) and marked erased at `erasedAt`, for an operator-set retention.
     */
    deleteWithAllData(id: string, options?: { keepAuditAs: string; erasedAt: string }): Promise<void>;
    exportAll(id: string): Promise<UserExport | undefined>;
  };

  sessions: {
    create(session: SessionRecord): Promise<void>;
    /** Only unexpired sessions. */
    find(idHash: string, now: string): Promise<SessionRecord | undefined>;
    /** Records that the session was used at `at`. */
    touch(idHash: string, at: string): Promise<void>;
    delete(idHash: string): Promise<void>;
    deleteAllForUser(userId: string, exceptIdHash?: string): Promise<void>;
    deleteExpired(now: string): Promise<number>;
  };

  assessments: {
    create(userId: string, input: { case: Case; assessment: Assessment }): Promise<AssessmentRecord>;
    /** Newest first. */
    list(userId: string): Promise<AssessmentRecord[]>;
    get(userId: string, id: string): Promise<AssessmentRecord | undefined>;
    /** false when there was no such record of this user. */
    delete(userId: string, id: string): Promise<boolean>;
  };

  recoveries: {
    /** Throws NotFoundError when assessmentId is given and is not one of this user's assessments. */
    create(userId: string, input: { onsetDate: string; title?: string | null; assessmentId?: string | null }): Promise<RecoveryRecord>;
    /** Newest first. */
    list(userId: string): Promise<RecoveryRecord[]>;
    get(userId: string, id: string): Promise<RecoveryRecord | undefined>;
    delete(userId: string, id: string): Promise<boolean>;
  };

  checkIns: {
    /**
     * Throws ConflictError when this recovery already has a check-in on that date, NotFoundError
     * when the recovery is not this user's.
     */
    create(userId: string, recoveryId: string, data: CheckInInput): Promise<CheckInRecord>;
    /** Ordered by date, oldest first. */
    list(userId: string, recoveryId: string): Promise<CheckInRecord[]>;
    get(userId: string, recoveryId: string, id: string): Promise<CheckInRecord | undefined>;
    /** Replaces the data (and date); throws ConflictError when the new date is taken. */
    update(userId: string, recoveryId: string, id: string, data: CheckInInput): Promise<CheckInRecord | undefined>;
    delete(userId: string, recoveryId: string, id: string): Promise<boolean>;
  };

  measureResults: {
    /**
     * Throws ConflictError when this recovery already has this instrument on that date,
     * NotFoundError when the recovery is not this user's.
     */
    create(userId: string, recoveryId: string, input: MeasureResultInput): Promise<MeasureResultRecord>;
    /** Oldest first (by date, then instrument). */
    list(userId: string, recoveryId: string): Promise<MeasureResultRecord[]>;
    get(userId: string, recoveryId: string, id: string): Promise<MeasureResultRecord | undefined>;
    /** false when there was no such result of this user's recovery. */
    delete(userId: string, recoveryId: string, id: string): Promise<boolean>;
  };

  calendarFeeds: {
    /**
     * Makes the recovery's feed, replacing any it had (the old token stops working). Throws
     * NotFoundError when the recovery is not this user's.
     */
    put(userId: string, recoveryId: string, feed: { tokenHash: string; settings: CalendarFeedSettings }): Promise<CalendarFeedRecord>;
    get(userId: string, recoveryId: string): Promise<CalendarFeedRecord | undefined>;
    /** The feed a token opens, whoever asks: the token is the key. */
    findByTokenHash(tokenHash: string): Promise<CalendarFeedRecord | undefined>;
    /** Revokes the feed; false when there was none. */
    delete(userId: string, recoveryId: string): Promise<boolean>;
  };

  audit: {
    record(entry: AuditEntry): Promise<void>;
    /** Oldest first. */
    listForUser(userId: string): Promise<AuditEntry[]>;
    /** Deletes the kept entries of accounts erased before `before`. */
    purgeErased(before: string): Promise<number>;
  };

  passwordResets: {
    /** Stores a reset link (by its token's hash); an earlier unused link of the same user stops working. */
    create(reset: { tokenHash: string; userId: string; expiresAt: string }): Promise<void>;
    /**
     * Uses a link, once and atomically: the user's id when the hash matches a link that is
     * unused and not expired at `now`, otherwise undefined.
     */
    consume(tokenHash: string, now: string): Promise<string | undefined>;
  };

  rateLimits: {
    /**
     * Counts one hit for `key` in the fixed window that starts at `windowStart` and returns the
     * count so far, atomically, so several server instances share one limit.
     */
    hit(key: string, windowStart: string): Promise<number>;
    /** The count so far for `key` in that window, without counting. */
    peek(key: string, windowStart: string): Promise<number>;
    prune(before: string): Promise<number>;
  };

  /** Failed sign-ins per key, for a delay that grows with them; cleared by a success. */
  loginFailures: {
    get(key: string): Promise<{ failures: number; lastAt: string } | undefined>;
    /** Counts one failure at `at`, atomically; returns the failures so far. */
    record(key: string, at: string): Promise<number>;
    clear(key: string): Promise<void>;
    prune(before: string): Promise<number>;
  };

  /** Browsers that signed in to an account before (hash of the device cookie's token). */
  devices: {
    trust(device: { idHash: string; userId: string; createdAt: string; expiresAt: string }): Promise<void>;
    /** Only unexpired devices. */
    find(idHash: string, now: string): Promise<{ userId: string } | undefined>;
    delete(idHash: string): Promise<void>;
    deleteExpired(now: string): Promise<number>;
  };
}
