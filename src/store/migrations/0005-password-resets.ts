/**
 * Password reset links an operator issues with `ksnav reset-link` (a self-hosted instance may
 * have no mail): only the sha-256 of each link's token is stored, with its expiry and when it
 * was used. Deleting the user deletes their links.
 */
import type { Kysely, Migration } from 'kysely';
import { inTransaction } from './in-transaction.js';

export function passwordResets(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await inTransaction(db, async (trx) => {
        await trx.schema.createTable('password_resets').ifNotExists()
          .addColumn('token_hash', 'text', (c) => c.primaryKey())
          .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('expires_at', 'text', (c) => c.notNull())
          .addColumn('used_at', 'text')
          .execute();
        await trx.schema.createIndex('password_resets_user_id_idx').ifNotExists().on('password_resets').column('user_id').execute();
      });
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('password_resets').ifExists().execute();
    },
  };
}
