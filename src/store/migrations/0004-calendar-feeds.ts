/**
 * Private calendar feeds, one per recovery: the sha-256 of the feed's token (never the token),
 * the reminder settings as JSON, and the owner. Deleting the recovery or the person deletes it.
 * Created "if not exists" inside one transaction, so an interrupted run can run again.
 */
import type { Kysely, Migration } from 'kysely';
import { inTransaction } from './in-transaction.js';

export function calendarFeeds(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await inTransaction(db, async (trx) => {
        await trx.schema.createTable('calendar_feeds').ifNotExists()
          .addColumn('recovery_id', 'text', (c) => c.primaryKey())
          .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
          .addColumn('token_hash', 'text', (c) => c.notNull().unique())
          .addColumn('settings_json', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addForeignKeyConstraint('calendar_feeds_recovery_fk', ['recovery_id', 'user_id'], 'recoveries', ['id', 'user_id'],
            (fk) => fk.onDelete('cascade'))
          .execute();
        await trx.schema.createIndex('calendar_feeds_user_id_idx').ifNotExists().on('calendar_feeds').column('user_id').execute();
      });
    },
    async down(db: Kysely<unknown>) {
      await inTransaction(db, async (trx) => {
        await trx.schema.dropTable('calendar_feeds').ifExists().execute();
      });
    },
  };
}
