/**
 * Validated measure results of a recovery. Like check-ins, every query names both the owner and
 * the recovery, so a result is reached only through a recovery of its owner; the
 * (recovery_id, user_id) foreign key holds the same rule in the schema.
 */
import { ConflictError, NotFoundError, type Store } from '../store.js';
import { isUniqueViolation, rethrowMissingOwner } from './driver-errors.js';
import { toMeasureResult } from './row-mappers.js';
import type { StoreContext } from './store-context.js';

export function measureResultQueries({ db, now, newId, afterErase }: StoreContext): Store['measureResults'] {
  return {
    async create(userId, recoveryId, input) {
      try {
        // Inserted only when the recovery is this user's, in one statement.
        const row = await db.insertInto('measure_results')
          .columns(['id', 'user_id', 'recovery_id', 'instrument', 'date', 'answers_json', 'created_at'])
          .expression((eb) => eb.selectFrom('recoveries')
            .where('recoveries.id', '=', recoveryId).where('recoveries.user_id', '=', userId)
            .select((s) => [
              s.val(newId()).as('id'), 'recoveries.user_id as user_id', 'recoveries.id as recovery_id', s.val(input.instrument).as('instrument'),
              s.val(input.date).as('date'), s.val(JSON.stringify(input.answers)).as('answers_json'), s.val(now()).as('created_at'),
            ]))
          .returningAll()
          .executeTakeFirst();
        if (!row) throw new NotFoundError('recovery not found');
        return toMeasureResult(row);
      } catch (error) {
        if (isUniqueViolation(error)) throw new ConflictError(`this recovery already has ${input.instrument} on ${input.date}`, { cause: error });
        return rethrowMissingOwner(error, 'recovery');
      }
    },

    async list(userId, recoveryId) {
      const rows = await db.selectFrom('measure_results').selectAll()
        .where('user_id', '=', userId).where('recovery_id', '=', recoveryId).orderBy('date').orderBy('instrument').execute();
      return rows.map(toMeasureResult);
    },

    async get(userId, recoveryId, id) {
      const row = await db.selectFrom('measure_results').selectAll()
        .where('user_id', '=', userId).where('recovery_id', '=', recoveryId).where('id', '=', id).executeTakeFirst();
      return row && toMeasureResult(row);
    },

    async delete(userId, recoveryId, id) {
      const result = await db.deleteFrom('measure_results')
        .where('user_id', '=', userId).where('recovery_id', '=', recoveryId).where('id', '=', id).executeTakeFirst();
      if (result.numDeletedRows === 0n) return false;
      await afterErase();
      return true;
    },
  };
}
