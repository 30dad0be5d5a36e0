/** Sign-in sessions, looked up by the hash of the cookie's token; expired ones never match. */
import { ConflictError, type Store } from '../store.js';
import { isUniqueViolation, rethrowMissingOwner } from './driver-errors.js';
import { toSession } from './row-mappers.js';
import type { StoreContext } from './store-context.js';

export function sessionQueries({ db }: StoreContext): Store['sessions'] {
  return {
    async create(session) {
      try {
        await db.insertInto('sessions').values({
          id_hash: session.idHash,
          user_id: session.userId,
          csrf_token: session.csrfToken,
          created_at: session.createdAt,
          expires_at: session.expiresAt,
          last_seen_at: session.lastSeenAt ?? session.createdAt,
        }).execute();
      } catch (error) {
        if (isUniqueViolation(error)) throw new ConflictError('session already exists', { cause: error });
        rethrowMissingOwner(error, 'user');
      }
    },

    async find(idHash, now) {
      const row = await db.selectFrom('sessions').selectAll()
        .where('id_hash', '=', idHash).where('expires_at', '>', now).executeTakeFirst();
      return row && toSession(row);
    },

    async touch(idHash, at) {
      await db.updateTable('sessions').set({ last_seen_at: at }).where('id_hash', '=', idHash).execute();
    },

    async delete(idHash) {
      await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
    },

    async deleteAllForUser(userId, exceptIdHash) {
      let query = db.deleteFrom('sessions').where('user_id', '=', userId);
      if (exceptIdHash !== undefined) query = query.where('id_hash', '!=', exceptIdHash);
      await query.execute();
    },

    async deleteExpired(now) {
      const result = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
