/**
 * The first schema, written once in Kysely's dialect-neutral schema builder for SQLite and
 * PostgreSQL. Only the audit log's auto-increment key differs by dialect.
 *
 * Every table and index is created "if not exists" and, on SQLite (where Kysely runs migrations
 * outside a transaction), inside one transaction: a migration interrupted half way can run again.
 */
import type { Kysely, Migration } from 'kysely';
import type { StoreDialect } from '../kysely/database.js';
import { inTransaction } from './in-transaction.js';

export function initialSchema(dialect: StoreDialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await inTransaction(db, async (trx) => {
        const schema = trx.schema;

        await schema.createTable('users').ifNotExists()
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('email', 'text', (c) => c.notNull().unique())
          .addColumn('password_hash', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .execute();

        await schema.createTable('sessions').ifNotExists()
          .addColumn('id_hash', 'text', (c) => c.primaryKey())
          .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
          .addColumn('csrf_token', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('expires_at', 'text', (c) => c.notNull())
          .execute();
        await schema.createIndex('sessions_user_id_idx').ifNotExists().on('sessions').column('user_id').execute();
        await schema.createIndex('sessions_expires_at_idx').ifNotExists().on('sessions').column('expires_at').execute();

        await schema.createTable('assessments').ifNotExists()
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
          .addColumn('case_json', 'text', (c) => c.notNull())
          .addColumn('assessment_json', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .execute();
        await schema.createIndex('assessments_user_id_created_at_idx').ifNotExists()
          .on('assessments').columns(['user_id', 'created_at']).execute();

        await schema.createTable('recoveries').ifNotExists()
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
          .addColumn('assessment_id', 'text', (c) => c.references('assessments.id').onDelete('set null'))
          .addColumn('onset_date', 'text', (c) => c.notNull())
          .addColumn('title', 'text')
          .addColumn('created_at', 'text', (c) => c.notNull())
          // The target of check_ins' (recovery_id, user_id) key: a check-in's owner is its recovery's.
          .addUniqueConstraint('recoveries_id_user_id_unique', ['id', 'user_id'])
          .execute();
        await schema.createIndex('recoveries_user_id_created_at_idx').ifNotExists()
          .on('recoveries').columns(['user_id', 'created_at']).execute();
        await schema.createIndex('recoveries_assessment_id_idx').ifNotExists()
          .on('recoveries').column('assessment_id').execute();

        await schema.createTable('check_ins').ifNotExists()
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
          .addColumn('recovery_id', 'text', (c) => c.notNull())
          .addColumn('date', 'text', (c) => c.notNull())
          .addColumn('data_json', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .addForeignKeyConstraint('check_ins_recovery_fk', ['recovery_id', 'user_id'], 'recoveries', ['id', 'user_id'],
            (fk) => fk.onDelete('cascade'))
          .addUniqueConstraint('check_ins_recovery_id_date_unique', ['recovery_id', 'date'])
          .execute();
        await schema.createIndex('check_ins_user_id_idx').ifNotExists().on('check_ins').column('user_id').execute();

        await schema.createTable('audit_log').ifNotExists()
          .addColumn('id', dialect === 'sqlite' ? 'integer' : 'serial', (c) =>
            dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey())
          .addColumn('at', 'text', (c) => c.notNull())
          .addColumn('user_id', 'text')
          .addColumn('action', 'text', (c) => c.notNull())
          .addColumn('record_type', 'text', (c) => c.notNull())
          .addColumn('record_id', 'text')
          .addColumn('outcome', 'text', (c) => c.notNull())
          .addColumn('request_id', 'text')
          .execute();
        await schema.createIndex('audit_log_user_id_idx').ifNotExists().on('audit_log').columns(['user_id', 'id']).execute();

        await schema.createTable('rate_limits').ifNotExists()
          .addColumn('key', 'text', (c) => c.notNull())
          .addColumn('window_start', 'text', (c) => c.notNull())
          .addColumn('count', 'integer', (c) => c.notNull())
          .addPrimaryKeyConstraint('rate_limits_pk', ['key', 'window_start'])
          .execute();
        await schema.createIndex('rate_limits_window_start_idx').ifNotExists().on('rate_limits').column('window_start').execute();
      });
    },

    async down(db: Kysely<unknown>) {
      await inTransaction(db, async (trx) => {
        for (const table of ['check_ins', 'recoveries', 'assessments', 'sessions', 'audit_log', 'rate_limits', 'users']) {
          await trx.schema.dropTable(table).ifExists().execute();
        }
      });
    },
  };
}
