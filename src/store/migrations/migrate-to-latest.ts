/**
 * Brings a database to the latest schema. Migrations are provided in code (a static provider,
 * not files read at run time), so the built package carries them.
 *
 * Several server instances may start at once against one PostgreSQL database: Kysely's Migrator
 * creates its bookkeeping tables tolerating races, then runs under a session-level advisory lock
 * (pg_advisory_lock) inside one transaction, so each migration runs exactly once and the others
 * wait, then find nothing left to do.
 *
 * Migrations may run out of name order: 0003 was added after 0004 and 0005 had shipped, so a
 * database that already has those runs 0003 next (each migration stands alone).
 */
import { Migrator, type Kysely, type Migration, type MigrationProvider, type MigrationResult } from 'kysely';
import type { Database, StoreDialect } from '../kysely/database.js';
import { initialSchema } from './0001-initial-schema.js';
import { hardening } from './0002-hardening.js';
import { measureResults } from './0003-measure-results.js';
import { calendarFeeds } from './0004-calendar-feeds.js';
import { passwordResets } from './0005-password-resets.js';

/** Every migration in order; names sort in the order they must run. */
export function migrationsFor(dialect: StoreDialect): Record<string, Migration> {
  return {
    '0001_initial_schema': initialSchema(dialect),
    '0002_hardening': hardening(),
    '0003_measure_results': measureResults(),
    '0004_calendar_feeds': calendarFeeds(),
    '0005_password_resets': passwordResets(),
  };
}

export class StaticMigrationProvider implements MigrationProvider {
  constructor(private readonly migrations: Record<string, Migration>) {}

  async getMigrations(): Promise<Record<string, Migration>> {
    return this.migrations;
  }
}

export class MigrationError extends Error {
  override name = 'MigrationError';
}

/** Runs every pending migration; returns what ran. Throws when one fails. */
export async function migrateToLatest(db: Kysely<Database>, dialect: StoreDialect): Promise<MigrationResult[]> {
  const migrator = new Migrator({ db, provider: new StaticMigrationProvider(migrationsFor(dialect)), allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new MigrationError(`database migration ${failed ? `"${failed.migrationName}" ` : ''}failed: ${String((error as Error).message ?? error)}`, { cause: error });
  }
  return results ?? [];
}
