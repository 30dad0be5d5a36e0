/** Saved assessments: the case and the engine's answer, as JSON, of one owner. */
import type { Store } from '../store.js';
import { rethrowMissingOwner } from './driver-errors.js';
import { toAssessment } from './row-mappers.js';
import type { StoreContext } from './store-context.js';

export function assessmentQueries({ db, now, newId, afterErase }: StoreContext): Store['assessments'] {
  return {
    async create(userId, input) {
      const row = {
        id: newId(), user_id: userId, case_json: JSON.stringify(input.case), assessment_json: JSON.stringify(input.assessment), created_at: now(),
      };
      try {
        await db.insertInto('assessments').values(row).execute();
      } catch (error) {
        rethrowMissingOwner(error, 'user');
      }
      return toAssessment(row);
    },

    async list(userId) {
      const rows = await db.selectFrom('assessments').selectAll()
        .where('user_id', '=', userId).orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
      return rows.map(toAssessment);
    },

    async get(userId, id) {
      const row = await db.selectFrom('assessments').selectAll().where('user_id', '=', userId).where('id', '=', id).executeTakeFirst();
      return row && toAssessment(row);
    },

    async delete(userId, id) {
      const result = await db.deleteFrom('assessments').where('user_id', '=', userId).where('id', '=', id).executeTakeFirst();
      if (result.numDeletedRows === 0n) return false;
      await afterErase();
      return true;
    },
  };
}
