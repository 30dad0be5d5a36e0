import { Migrator, NO_MIGRATIONS } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempDatabase, createTempPostgresDatabase, inspectDatabase, TEST_DIALECTS } from '../../../test/support/databases.js';
import { TABLE_NAMES } from '../kysely/database.js';
import { connectDatabase, openStore } from '../open-store.js';
import { migrateToLatest, migrationsFor, StaticMigrationProvider } from './migrate-to-latest.js';

/** Every migration, in the order it runs (the same names on both dialects). */
const MIGRATION_NAMES = Object.keys(migrationsFor('sqlite')).sort();

describe.each(TEST_DIALECTS.map((dialect) => ({ dialect })))('migrations ($dialect)', ({ dialect }) => {
  const drops: Array<() => Promise<void>> = [];
  afterEach(async () => {
    while (drops.length) await drops.pop()!();
  });
  const freshDatabase = async () => {
    const database = await createTempDatabase(dialect);
    drops.push(database.drop);
    return database.options;
  };

  it('creates every table on an empty database, then has nothing left to do', async () => {
    const options = await freshDatabase();
    const { db } = connectDatabase(options);
    try {
      expect(await migrateToLatest(db, dialect)).toEqual(MIGRATION_NAMES.map((migrationName) => ({ migrationName, direction: 'Up', status: 'Success' })));
      const tables = (await db.introspection.getTables()).map((table) => table.name);
      expect(new Set(tables)).toEqual(new Set(TABLE_NAMES));
      expect(await migrateToLatest(db, dialect)).toEqual([]);
    } finally {
      await db.destroy();
    }
  });

  it('opening the store twice keeps the data and runs no migration again', async () => {
    const options = await freshDatabase();
    const first = await openStore(options);
    const user = await first.users.create({ email: 'kept@example.org', passwordHash: 'h' });
    await first.close();
    const second = await openStore(options);
    try {
      expect(await second.users.findById(user.id)).toEqual(user);
    } finally {
      await second.close();
    }
    const applied = await inspectDatabase(options, (db) => db.withTables<{ kysely_migration: { name: string } }>()
      .selectFrom('kysely_migration').select('name').execute());
    expect(applied).toEqual(MIGRATION_NAMES.map((name) => ({ name })));
  });

  it('a database that already ran 0004 and 0005 without 0003 gets 0003 next, its data kept', async () => {
    const options = await freshDatabase();
    const { db } = connectDatabase(options);
    try {
      const { '0003_measure_results': _later, ...shipped } = migrationsFor(dialect);
      const before = new Migrator({ db, provider: new StaticMigrationProvider(shipped) });
      expect((await before.migrateToLatest()).error).toBeUndefined();
      await db.insertInto('users').values({ id: 'u1', email: 'kept@example.org', password_hash: 'h', created_at: '2025-01-01T00:00:00.000Z' }).execute();
      expect(await migrateToLatest(db, dialect)).toEqual([{ migrationName: '0003_measure_results', direction: 'Up', status: 'Success' }]);
      expect((await db.introspection.getTables()).map((table) => table.name)).toContain('measure_results');
      expect(await db.selectFrom('users').select('email').execute()).toEqual([{ email: 'kept@example.org' }]);
    } finally {
      await db.destroy();
    }
  });

  it('migrates down and up again', async () => {
    const options = await freshDatabase();
    const { db } = connectDatabase(options);
    try {
      await migrateToLatest(db, dialect);
      const migrator = new Migrator({ db, provider: new StaticMigrationProvider(migrationsFor(dialect)) });
      const down = await migrator.migrateTo(NO_MIGRATIONS);
      expect(down.error).toBeUndefined();
      const left = (await db.introspection.getTables()).map((table) => table.name);
      expect(left.filter((name) => (TABLE_NAMES as readonly string[]).includes(name))).toEqual([]);
      expect(await migrateToLatest(db, dialect)).toHaveLength(MIGRATION_NAMES.length);
    } finally {
      await db.destroy();
    }
  });
});

// Several server instances share one PostgreSQL database; SQLite serves one server process.
describe('migrations when several instances start at once (postgres)', () => {
  const drops: Array<() => Promise<void>> = [];
  afterEach(async () => {
    while (drops.length) await drops.pop()!();
  });

  it('several stores starting at once on one empty database all open (advisory lock), and the migration runs once', async () => {
    const database = await createTempPostgresDatabase();
    drops.push(database.drop);
    const options = { databaseUrl: database.url };
    const opened = await Promise.allSettled(Array.from({ length: 5 }, () => openStore(options)));
    const stores = opened.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    try {
      expect(opened.filter((r) => r.status === 'rejected')).toEqual([]);
      const users = await Promise.all(stores.map((store, i) => store.users.create({ email: `start-${i}@example.org`, passwordHash: 'h' })));
      expect(await stores[0]!.users.findById(users[4]!.id)).toEqual(users[4]);
    } finally {
      await Promise.all(stores.map((store) => store.close()));
    }
    const applied = await inspectDatabase(options, (db) => db.withTables<{ kysely_migration: { name: string } }>()
      .selectFrom('kysely_migration').select('name').execute());
    expect(applied).toEqual(MIGRATION_NAMES.map((name) => ({ name })));
  });
});
