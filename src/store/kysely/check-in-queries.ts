/**
 * Daily check-ins. Every query names both the owner and the recovery, so a check-in is reached
 * only through a recovery of its owner; the (recovery_id, user_id) foreign key holds the same
 * rule in the schema.
 */
import { ConflictError, NotFoundError, type Store } from '../store.js';
import { isUniqueViolation, rethrowMissingOwner } from './driver-errors.js';
import { toCheckIn } from './row-mappers.js';
import type { StoreContext } from './store-context.js';

function rethrowDuplicateDate(error: unknown, date: string): void {
  if (isUniqueViolation(error)) throw new ConflictError(`this recovery already has a check-in on ${date}`, { cause: error });
}

export function checkInQueries({ db, now, newId, afterErase }: StoreContext): Store['checkIns'] {
  return {
    async create(userId, recoveryId, data) {
      const at = now();
      try {
        // Inserted only when the recovery is this user's, in one statement.
        const row = await db.insertInto('check_ins')
          .columns(['id', 'user_id', 'recovery_id', 'date', 'data_json', 'created_at', 'updated_at'])
          .expression((eb) => eb.selectFrom('recoveries')
            .where('recoveries.id', '=', recoveryId).where('recoveries.user_id', '=', userId)
            .select((s) => [
              s.val(newId()).as('id'), 'recoveries.user_id as user_id', 'recoveries.id as recovery_id', s.val(data.date).as('date'),
              s.val(JSON.stringify(data)).as('data_json'), s.val(at).as('created_at'), s.val(at).as('updated_at'),
            ]))
          .returningAll()
          .executeTakeFirst();
        if (!row) throw new NotFoundError('recovery not found');
        return toCheckIn(row);
      } catch (error) {
        rethrowDuplicateDate(error, data.date);
        return rethrowMissingOwner(error, 'recovery');
      }
    },

    async list(userId, recoveryId) {
      const rows = await db.selectFrom('check_ins').selectAll()
        .where('user_id', '=', userId).where('recovery_id', '=', recoveryId).orderBy('date').execute();
      return rows.map(toCheckIn);
    },

    async get(userId, recoveryId, id) {
      const row = await db.selectFrom('check_ins').selectAll()
        .where('user_id', '=', userId).where('recovery_id', '=', recoveryId).where('id', '=', id).executeTakeFirst();
      return row && toCheckIn(row);
    },

    async update(userId, recoveryId, id, data) {
      try {
        const row = await db.updateTable('check_ins')
          .set({ date: data.date, data_json: JSON.stringify(data), updated_at: now() })
          .where('user_id', '=', userId).where('recovery_id', '=', recoveryId).where('id', '=', id)
          .returningAll()
          .executeTakeFirst();
        if (!row) return undefined;
        // The replaced data is as good as deleted.
        await afterErase();
        return toCheckIn(row);
      } catch (error) {
        rethrowDuplicateDate(error, data.date);
        throw error;
      }
    },

    async delete(userId, recoveryId, id) {
      const result = await db.deleteFrom('check_ins')
        .where('user_id', '=', userId).where('recovery_id', '=', recoveryId).where('id', '=', id).executeTakeFirst();
      if (result.numDeletedRows === 0n) return false;
      await afterErase();
      return true;
    },
  };
}
