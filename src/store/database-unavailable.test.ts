import Database from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { testPostgresUrl } from '../../test/support/databases.js';
import { isDatabaseUnavailable } from './database-unavailable.js';

describe('isDatabaseUnavailable', () => {
  it('knows a terminated PostgreSQL connection, and not a constraint violation', async () => {
    const client = new pg.Client({ connectionString: testPostgresUrl() });
    client.on('error', () => {});
    await client.connect();
    const unique = await client.query('select 1 from (values (1)) v(x) where 1/0 = 1').catch((e: unknown) => e);
    expect(isDatabaseUnavailable(unique)).toBe(false);
    const killed = await client.query('select pg_terminate_backend(pg_backend_pid())').catch((e: unknown) => e);
    expect(isDatabaseUnavailable(killed)).toBe(true);
    const after = await client.query('select 1').catch((e: unknown) => e);
    expect(isDatabaseUnavailable(after)).toBe(true);
    await client.end().catch(() => {});
  });

  it('knows a busy or closed SQLite database, and not a syntax error', () => {
    const db = new Database(':memory:');
    expect(isDatabaseUnavailable((() => { try { db.exec('selec 1'); } catch (e) { return e; } })())).toBe(false);
    db.close();
    expect(isDatabaseUnavailable((() => { try { db.exec('select 1'); } catch (e) { return e; } })())).toBe(true);
    expect(isDatabaseUnavailable({ code: 'SQLITE_FULL' })).toBe(true);
    expect(isDatabaseUnavailable({ code: 'SQLITE_CONSTRAINT_UNIQUE' })).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});
