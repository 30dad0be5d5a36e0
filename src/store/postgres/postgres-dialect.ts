/**
 * PostgreSQL for deployments of several server instances: a pg Pool behind Kysely.
 */
import pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import type { Database } from '../kysely/database.js';

const POOL_MAX = 10;
const CONNECT_TIMEOUT_MS = 10_000;
/** No query of ours takes seconds: one that does is stuck (a lock, a sick server), and holds a request. */
const STATEMENT_TIMEOUT_MS = 15_000;

export function isPostgresUrl(url: string | undefined): url is string {
  return url !== undefined && /^postgres(ql)?:\/\//i.test(url);
}

export function createPostgresPool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max: POOL_MAX,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    application_name: 'ksnav',
    statement_timeout: STATEMENT_TIMEOUT_MS,
    idle_in_transaction_session_timeout: STATEMENT_TIMEOUT_MS,
  });
  // An idle client whose connection drops (a server restart) is emitted here; without a listener
  // it would crash the process. The pool replaces it, and the next query or ping reports trouble.
  pool.on('error', () => {});
  // A client checked out of the pool has no pool listener: when its connection drops mid-use (a
  // failover, pg_terminate_backend) it emits 'error' after failing its query, and an 'error'
  // without a listener ends the process. The failed query already reports the trouble to its
  // caller (503); the pool discards the client when it is released, as it is no longer queryable.
  pool.on('connect', (client) => {
    client.on('error', () => {});
  });
  return pool;
}

export function createPostgresKysely(connectionString: string): Kysely<Database> {
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool: createPostgresPool(connectionString) }) });
}
