/**
 * The one Store implementation, over a Kysely instance of either dialect. The dialect folders
 * only build the Kysely instance; every query lives here, written once.
 */
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Store } from '../store.js';
import type { Database, StoreDialect } from './database.js';
import { assessmentQueries } from './assessment-queries.js';
import { auditQueries } from './audit-queries.js';
import { calendarFeedQueries } from './calendar-feed-queries.js';
import { checkInQueries } from './check-in-queries.js';
import { loginFailureQueries } from './login-failure-queries.js';
import { measureResultQueries } from './measure-result-queries.js';
import { passwordResetQueries } from './password-reset-queries.js';
import { rateLimitQueries } from './rate-limit-queries.js';
import { trustedDeviceQueries } from './trusted-device-queries.js';
import { recoveryQueries } from './recovery-queries.js';
import { sessionQueries } from './session-queries.js';
import type { StoreContext } from './store-context.js';
import { userQueries } from './user-queries.js';

export interface KyselyStoreOptions {
  /** The clock for created_at/updated_at; defaults to the system clock. */
  clock?: () => Date;
}

export function createKyselyStore(db: Kysely<Database>, dialect: StoreDialect, options: KyselyStoreOptions = {}): Store {
  const clock = options.clock ?? (() => new Date());
  const afterErase = async () => {
    if (dialect !== 'sqlite') return;
    await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db);
  };
  const context: StoreContext = { db, dialect, now: () => clock().toISOString(), newId: randomUUID, afterErase };
  let closing: Promise<void> | undefined;

  return {
    dialect,
    async ping() {
      await sql`select 1`.execute(db);
    },
    async probeWrite() {
      const at = clock().toISOString();
      await db.insertInto('health_probe').values({ id: 1, at }).onConflict((oc) => oc.column('id').doUpdateSet({ at })).execute();
    },
    // Idempotent: pg's Pool throws when ended twice.
    close() {
      closing ??= db.destroy();
      return closing;
    },
    users: userQueries(context),
    sessions: sessionQueries(context),
    assessments: assessmentQueries(context),
    recoveries: recoveryQueries(context),
    checkIns: checkInQueries(context),
    measureResults: measureResultQueries(context),
    calendarFeeds: calendarFeedQueries(context),
    audit: auditQueries(context),
    rateLimits: rateLimitQueries(context),
    loginFailures: loginFailureQueries(context),
    devices: trustedDeviceQueries(context),
    passwordResets: passwordResetQueries(context),
  };
}
