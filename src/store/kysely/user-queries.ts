/** Accounts: create and find, change the password hash, erase or export everything of one person. */
import { ConflictError, type Store, type UserExport } from '../store.js';
import { isUniqueViolation } from './driver-errors.js';
import { toAssessment, toAuditEntry, toCalendarFeed, toCheckIn, toMeasureResult, toRecovery, toUser } from './row-mappers.js';
import type { StoreContext } from './store-context.js';

/** Emails are compared case-insensitively by storing and looking them up lowercased. */
export function normaliseEmail(email: string): string {
  return email.toLowerCase();
}

export function userQueries({ db, dialect, now, newId, afterErase }: StoreContext): Store['users'] {
  return {
    async create({ email, passwordHash }) {
      const row = { id: newId(), email: normaliseEmail(email), password_hash: passwordHash, created_at: now() };
      try {
        await db.insertInto('users').values(row).execute();
      } catch (error) {
        if (isUniqueViolation(error)) throw new ConflictError('an account with this email already exists', { cause: error });
        throw error;
      }
      return toUser(row);
    },

    async findByEmail(email) {
      const row = await db.selectFrom('users').selectAll().where('email', '=', normaliseEmail(email)).executeTakeFirst();
      return row && toUser(row);
    },

    async findById(id) {
      const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toUser(row);
    },

    async updatePasswordHash(id, passwordHash) {
      await db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', id).execute();
    },

    async deleteWithAllData(id, options) {
      // Children first and explicitly, though the foreign keys cascade too: the erase does not
      // depend on a pragma. Audit entries carry no foreign key, so they go by user_id.
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('check_ins').where('user_id', '=', id).execute();
        await trx.deleteFrom('measure_results').where('user_id', '=', id).execute();
        await trx.deleteFrom('calendar_feeds').where('user_id', '=', id).execute();
        await trx.deleteFrom('recoveries').where('user_id', '=', id).execute();
        await trx.deleteFrom('assessments').where('user_id', '=', id).execute();
        await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
        await trx.deleteFrom('password_resets').where('user_id', '=', id).execute();
        await trx.deleteFrom('trusted_devices').where('user_id', '=', id).execute();
        if (options) {
          await trx.updateTable('audit_log').set({ user_id: options.keepAuditAs, erased_at: options.erasedAt }).where('user_id', '=', id).execute();
          // Entries about the account itself name it as their record too.
          await trx.updateTable('audit_log').set({ record_id: options.keepAuditAs }).where('record_type', '=', 'user').where('record_id', '=', id).execute();
        } else {
          await trx.deleteFrom('audit_log').where('user_id', '=', id).execute();
        }
        await trx.deleteFrom('users').where('id', '=', id).execute();
      });
      await afterErase();
    },

    async exportAll(id) {
      // One snapshot: on PostgreSQL every statement of a repeatable-read transaction sees the same
      // data; SQLite's single connection gives the same by running the transaction alone.
      const transaction = dialect === 'postgres' ? db.transaction().setIsolationLevel('repeatable read') : db.transaction();
      return transaction.execute(async (trx): Promise<UserExport | undefined> => {
        const user = await trx.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
        if (!user) return undefined;
        const [assessments, recoveries, checkIns, feeds, measures, audit] = [
          await trx.selectFrom('assessments').selectAll().where('user_id', '=', id).orderBy('created_at').orderBy('id').execute(),
          await trx.selectFrom('recoveries').selectAll().where('user_id', '=', id).orderBy('created_at').orderBy('id').execute(),
          await trx.selectFrom('check_ins').selectAll().where('user_id', '=', id).orderBy('recovery_id').orderBy('date').execute(),
          await trx.selectFrom('calendar_feeds').selectAll().where('user_id', '=', id).orderBy('created_at').orderBy('recovery_id').execute(),
          await trx.selectFrom('measure_results').selectAll().where('user_id', '=', id).orderBy('recovery_id').orderBy('date').orderBy('instrument').execute(),
          await trx.selectFrom('audit_log').selectAll().where('user_id', '=', id).orderBy('id').execute(),
        ];
        return {
          user: { id: user.id, email: user.email, createdAt: user.created_at },
          assessments: assessments.map(toAssessment),
          recoveries: recoveries.map(toRecovery),
          checkIns: checkIns.map(toCheckIn),
          calendarFeeds: feeds.map(toCalendarFeed).map(({ recoveryId, settings, createdAt }) => ({ recoveryId, settings, createdAt })),
          measureResults: measures.map(toMeasureResult),
          audit: audit.map(toAuditEntry),
        };
      });
    },
  };
}
