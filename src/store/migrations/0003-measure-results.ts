/**
 * Validated measure results of a recovery (STarT Back, Roland-Morris, PSFS, pain 0-10): the
 * instrument, the day it was answered and the answers as JSON (scores are derived from them by
 * the pure scorers, never stored beside them). One per instrument per recovery per day; the
 * owner is the recovery's, held by the (recovery_id, user_id) key, and deleting the recovery or
 * the person deletes them. Created "if not exists" inside one transaction, so an interrupted run
 * can run again. Numbered 0003 though added after 0004 and 0005: the migrator allows that order.
 */
import type { Kysely, Migration } from 'kysely';
import { inTransaction } from './in-transaction.js';

export function measureResults(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await inTransaction(db, async (trx) => {
        await trx.schema.createTable('measure_results').ifNotExists()
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
          .addColumn('recovery_id', 'text', (c) => c.notNull())
          .addColumn('instrument', 'text', (c) => c.notNull())
          .addColumn('date', 'text', (c) => c.notNull())
          .addColumn('answers_json', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addForeignKeyConstraint('measure_results_recovery_fk', ['recovery_id', 'user_id'], 'recoveries', ['id', 'user_id'],
            (fk) => fk.onDelete('cascade'))
          .addUniqueConstraint('measure_results_recovery_instrument_date_unique', ['recovery_id', 'instrument', 'date'])
          .execute();
        await trx.schema.createIndex('measure_results_user_id_idx').ifNotExists().on('measure_results').column('user_id').execute();
      });
    },
    async down(db: Kysely<unknown>) {
      await inTransaction(db, async (trx) => {
        await trx.schema.dropTable('measure_results').ifExists().execute();
      });
    },
  };
}
