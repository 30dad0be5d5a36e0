/**
 * Hardening: sign-in throttling that never locks the owner out, idle sessions, and an audit
 * trail kept (pseudonymous) after an account is erased, and a row for the health check to write.
 *
 * - login_failures: failed sign-ins per key (an account's hashed email), with the last one's
 *   time, for a short exponential delay instead of a block;
 * - trusted_devices: browsers that signed in to an account before (the hash of a cookie's
 *   token): they pass that delay, so an attacker guessing passwords cannot lock the owner out;
 * - sessions.last_seen_at: for the idle timeout;
 * - audit_log.erased_at: when the account of a pseudonymised entry was erased, for the retention;
 * - health_probe: one row the health check rewrites to prove the database takes writes.
 */
import type { Kysely, Migration } from 'kysely';
import { inTransaction } from './in-transaction.js';

export function hardening(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await inTransaction(db, async (trx) => {
        const schema = trx.schema;
        await schema.createTable('login_failures').ifNotExists()
          .addColumn('key', 'text', (c) => c.primaryKey())
          .addColumn('failures', 'integer', (c) => c.notNull())
          .addColumn('last_at', 'text', (c) => c.notNull())
          .execute();
        await schema.createIndex('login_failures_last_at_idx').ifNotExists().on('login_failures').column('last_at').execute();

        await schema.createTable('trusted_devices').ifNotExists()
          .addColumn('id_hash', 'text', (c) => c.primaryKey())
          .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('expires_at', 'text', (c) => c.notNull())
          .execute();
        await schema.createIndex('trusted_devices_user_id_idx').ifNotExists().on('trusted_devices').column('user_id').execute();
        await schema.createIndex('trusted_devices_expires_at_idx').ifNotExists().on('trusted_devices').column('expires_at').execute();

        await schema.alterTable('sessions').addColumn('last_seen_at', 'text').execute();
        await schema.alterTable('audit_log').addColumn('erased_at', 'text').execute();
        await schema.createIndex('audit_log_erased_at_idx').ifNotExists().on('audit_log').column('erased_at').execute();

        await schema.createTable('health_probe').ifNotExists()
          .addColumn('id', 'integer', (c) => c.primaryKey())
          .addColumn('at', 'text', (c) => c.notNull())
          .execute();
      });
    },

    async down(db: Kysely<unknown>) {
      await inTransaction(db, async (trx) => {
        await trx.schema.dropTable('health_probe').ifExists().execute();
        await trx.schema.dropIndex('audit_log_erased_at_idx').ifExists().execute();
        await trx.schema.alterTable('audit_log').dropColumn('erased_at').execute();
        await trx.schema.alterTable('sessions').dropColumn('last_seen_at').execute();
        await trx.schema.dropTable('trusted_devices').ifExists().execute();
        await trx.schema.dropTable('login_failures').ifExists().execute();
      });
    },
  };
}
