/**
 * Runs a migration step in a transaction. Kysely's Migrator already wraps each PostgreSQL run
 * in one (and passes the transaction in); on SQLite it does not, though SQLite's DDL is
 * transactional too, so we open one here.
 */
import type { Kysely } from 'kysely';

export async function inTransaction<DB>(db: Kysely<DB>, step: (trx: Kysely<DB>) => Promise<void>): Promise<void> {
  if (db.isTransaction) {
    await step(db);
    return;
  }
  await db.transaction().execute(step);
}
