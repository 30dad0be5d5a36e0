/**
 * Opens the store the configuration asks for: PostgreSQL when `databaseUrl` is a postgres:// or
 * postgresql:// URL, otherwise SQLite at `<dataDir>/ksnav.sqlite` (dataDir defaults to ./data).
 * The schema is migrated to the latest version before the store is returned.
 */
import type { Kysely } from 'kysely';
import type { Database, StoreDialect } from './kysely/database.js';
import { createKyselyStore, type KyselyStoreOptions } from './kysely/kysely-store.js';
import { migrateToLatest } from './migrations/migrate-to-latest.js';
import { createPostgresKysely, isPostgresUrl } from './postgres/postgres-dialect.js';
import { createSqliteKysely } from './sqlite/sqlite-dialect.js';
import type { Store } from './store.js';

export const DEFAULT_DATA_DIR = './data';

export interface OpenStoreOptions extends KyselyStoreOptions {
  /** postgres:// or postgresql:// selects PostgreSQL; anything else (or nothing) selects SQLite. */
  databaseUrl?: string;
  /** The SQLite folder, created if missing. Default ./data. */
  dataDir?: string;
}

/** The Kysely instance for the configured database, without migrating. */
export function connectDatabase(options: OpenStoreOptions): { db: Kysely<Database>; dialect: StoreDialect } {
  if (isPostgresUrl(options.databaseUrl)) return { db: createPostgresKysely(options.databaseUrl), dialect: 'postgres' };
  return { db: createSqliteKysely(options.dataDir ?? DEFAULT_DATA_DIR), dialect: 'sqlite' };
}

export async function openStore(options: OpenStoreOptions = {}): Promise<Store> {
  const { db, dialect } = connectDatabase(options);
  try {
    await migrateToLatest(db, dialect);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return createKyselyStore(db, dialect, options);
}
