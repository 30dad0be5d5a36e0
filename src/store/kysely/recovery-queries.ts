/** Recovery episodes of one owner, optionally linked to one of that owner's assessments. */
import { NotFoundError, type Store } from '../store.js';
import type { RecoveriesTable } from './database.js';
import { rethrowMissingOwner } from './driver-errors.js';
import { toRecovery } from './row-mappers.js';
import type { StoreContext } from './store-context.js';

export function recoveryQueries({ db, now, newId, afterErase }: StoreContext): Store['recoveries'] {
  return {
    async create(userId, input) {
      const row: RecoveriesTable = {
        id: newId(), user_id: userId, assessment_id: input.assessmentId ?? null, onset_date: input.onsetDate, title: input.title ?? null, created_at: now(),
      };
      try {
        if (row.assessment_id === null) {
          await db.insertInto('recoveries').values(row).execute();
        } else {
          // Link only to an assessment of the same owner, checked in the same statement.
          const assessmentId = row.assessment_id;
          const inserted = await db.insertInto('recoveries')
            .columns(['id', 'user_id', 'assessment_id', 'onset_date', 'title', 'created_at'])
            .expression((eb) => eb.selectFrom('assessments')
              .where('assessments.id', '=', assessmentId).where('assessments.user_id', '=', userId)
              .select((s) => [
                s.val(row.id).as('id'), s.val(userId).as('user_id'), 'assessments.id as assessment_id',
                s.val(row.onset_date).as('onset_date'), s.val(row.title).as('title'), s.val(row.created_at).as('created_at'),
              ]))
            .returning('id')
            .executeTakeFirst();
          if (!inserted) throw new NotFoundError('assessment not found');
        }
      } catch (error) {
        rethrowMissingOwner(error, 'user');
      }
      return toRecovery(row);
    },

    async list(userId) {
      const rows = await db.selectFrom('recoveries').selectAll()
        .where('user_id', '=', userId).orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
      return rows.map(toRecovery);
    },

    async get(userId, id) {
      const row = await db.selectFrom('recoveries').selectAll().where('user_id', '=', userId).where('id', '=', id).executeTakeFirst();
      return row && toRecovery(row);
    },

    async delete(userId, id) {
      const result = await db.deleteFrom('recoveries').where('user_id', '=', userId).where('id', '=', id).executeTakeFirst();
      if (result.numDeletedRows === 0n) return false;
      await afterErase();
      return true;
    },
  };
}
