import { afterEach, describe, expect, it } from 'vitest';
import { createTempPostgresDatabase, tempSqliteDir } from '../../test/support/databases.js';
import { connectDatabase, openStore } from './open-store.js';
import { isPostgresUrl } from './postgres/postgres-dialect.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

describe('openStore', () => {
  it('treats postgres:// and postgresql:// URLs as PostgreSQL and anything else as SQLite', () => {
    expect(isPostgresUrl('postgres://u@h/db')).toBe(true);
    expect(isPostgresUrl('postgresql://u@h:5432/db')).toBe(true);
    expect(isPostgresUrl('sqlite://file.db')).toBe(false);
    expect(isPostgresUrl('./data/ksnav.sqlite')).toBe(false);
    expect(isPostgresUrl('')).toBe(false);
    expect(isPostgresUrl(undefined)).toBe(false);
  });

  it('opens SQLite in dataDir when there is no PostgreSQL URL', async () => {
    const folder = await tempSqliteDir();
    cleanups.push(folder.cleanup);
    const store = await openStore({ dataDir: folder.dir, databaseUrl: 'not-a-postgres-url' });
    try {
      expect(store.dialect).toBe('sqlite');
      await store.ping();
    } finally {
      await store.close();
    }
  });

  it.each(['postgres', 'postgresql'])('opens PostgreSQL for a %s:// URL, whatever dataDir says', async (scheme) => {
    const database = await createTempPostgresDatabase();
    cleanups.push(database.drop);
    const store = await openStore({ databaseUrl: database.url.replace(/^postgres(ql)?:/, `${scheme}:`), dataDir: '/nonexistent/never/created' });
    try {
      expect(store.dialect).toBe('postgres');
      await store.ping();
      await store.users.create({ email: 'pg@example.org', passwordHash: 'h' });
    } finally {
      await store.close();
      await store.close();
    }
  });

  it('rejects with a migration error when PostgreSQL cannot be reached', async () => {
    await expect(openStore({ databaseUrl: 'postgres://postgres@127.0.0.1:1/nothing' })).rejects.toThrow(/migration/);
  });

  it('connectDatabase does not migrate', async () => {
    const folder = await tempSqliteDir();
    cleanups.push(folder.cleanup);
    const { db, dialect } = connectDatabase({ dataDir: folder.dir });
    try {
      expect(dialect).toBe('sqlite');
      expect(await db.introspection.getTables()).toEqual([]);
    } finally {
      await db.destroy();
    }
  });
});
