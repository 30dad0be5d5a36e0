import { existsSync, statSync } from 'node:fs';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { checkEmbeddedPostgres, startEmbeddedPostgres } from './embedded-postgres.js';

async function query<T>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  client.on('error', () => {});
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

describe('embedded PostgreSQL from npm', () => {
  it('names the version of the shipped server', () => {
    expect(checkEmbeddedPostgres()).toMatch(/^postgres \(PostgreSQL\) \d+\.\d+/);
  });

  it('starts a real server with a test database in a temporary folder (as nobody when run as root); stop() shuts it down and removes the folder', async () => {
    const server = await startEmbeddedPostgres();
    let dataDir = '';
    try {
      expect(server.url).toMatch(/^postgres:\/\/postgres@127\.0\.0\.1:\d+\/test$/);
      const [settings] = await query<{ version: string; data: string; db: string }>(server.url,
        "select current_setting('server_version') as version, current_setting('data_directory') as data, current_database() as db");
      expect(server.version).toContain(settings!.version);
      expect(settings!.db).toBe('test');
      dataDir = settings!.data;
      if (process.getuid?.() === 0) expect(statSync(dataDir).uid).not.toBe(0);
      await query(server.url, 'create table t (n int); insert into t values (1), (2)');
      expect(await query(server.url, 'select sum(n)::int as s from t')).toEqual([{ s: 3 }]);
    } finally {
      await server.stop();
    }
    expect(existsSync(dataDir)).toBe(false);
    await expect(query(server.url, 'select 1')).rejects.toThrow(/ECONNREFUSED/);
  });
});
