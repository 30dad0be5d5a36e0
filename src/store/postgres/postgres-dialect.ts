/**
 * PostgreSQL for deployments of several server instances: a pg Pool behind Kysely.
 */
import pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import type { Database } from '../kysely/database.js';

const POOL_MAX = 10;
const CONNECT_TIMEOUT_MS = 10_000;

export function isPostgresUrl(url: string | undefined): url is string {
  return url !== undefined && /^postgres(ql)?:\/\//i.test(url);
}

export function createPostgresPool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max: POOL_MAX,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    application_name: 'ksnav',
  });
  // An idle client whose connection drops (a server restart) is emitted here; without a listener
  // it would crash the process. The pool replaces it, and the next query or ping reports trouble.
  pool.on('error', () => {});
  return pool;
}

export function createPostgresKysely(connectionString: string): Kysely<Database> {
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool: createPostgresPool(connectionString) }) });
}
