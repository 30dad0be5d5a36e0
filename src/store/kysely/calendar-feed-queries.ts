/**
 * Calendar feeds: one per recovery, reached by its owner through the recovery, or by anyone who
 * holds the token (looked up by the token's hash). Making a new one replaces the old in one
 * transaction, so the old token stops working the moment the new one exists.
 */
import { NotFoundError, type Store } from '../store.js';
import { rethrowMissingOwner } from './driver-errors.js';
import { toCalendarFeed } from './row-mappers.js';
import type { StoreContext } from './store-context.js';

export function calendarFeedQueries({ db, now }: StoreContext): Store['calendarFeeds'] {
  return {
    async put(userId, recoveryId, feed) {
      const at = now();
      try {
        return await db.transaction().execute(async (trx) => {
          await trx.deleteFrom('calendar_feeds').where('user_id', '=', userId).where('recovery_id', '=', recoveryId).execute();
          // Inserted only when the recovery is this user's, in one statement.
          const row = await trx.insertInto('calendar_feeds')
            .columns(['recovery_id', 'user_id', 'token_hash', 'settings_json', 'created_at'])
            .expression((eb) => eb.selectFrom('recoveries')
              .where('recoveries.id', '=', recoveryId).where('recoveries.user_id', '=', userId)
              .select((s) => [
                'recoveries.id as recovery_id', 'recoveries.user_id as user_id', s.val(feed.tokenHash).as('token_hash'),
                s.val(JSON.stringify(feed.settings)).as('settings_json'), s.val(at).as('created_at'),
              ]))
            .returningAll()
            .executeTakeFirst();
          if (!row) throw new NotFoundError('recovery not found');
          return toCalendarFeed(row);
        });
      } catch (error) {
        return rethrowMissingOwner(error, 'recovery');
      }
    },

    async get(userId, recoveryId) {
      const row = await db.selectFrom('calendar_feeds').selectAll().where('user_id', '=', userId).where('recovery_id', '=', recoveryId).executeTakeFirst();
      return row && toCalendarFeed(row);
    },

    async findByTokenHash(tokenHash) {
      const row = await db.selectFrom('calendar_feeds').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
      return row && toCalendarFeed(row);
    },

    async delete(userId, recoveryId) {
      const result = await db.deleteFrom('calendar_feeds').where('user_id', '=', userId).where('recovery_id', '=', recoveryId).executeTakeFirst();
      return result.numDeletedRows > 0n;
    },
  };
}
