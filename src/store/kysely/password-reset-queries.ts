/** Password reset links: stored by their token's hash, used once, before they expire. */
import type { Store } from '../store.js';
import { rethrowMissingOwner } from './driver-errors.js';
import type { StoreContext } from './store-context.js';

export function passwordResetQueries({ db, now }: StoreContext): Store['passwordResets'] {
  return {
    async create({ tokenHash, userId, expiresAt }) {
      try {
        await db.transaction().execute(async (trx) => {
          // One working link a person: a new one replaces any earlier unused one.
          await trx.deleteFrom('password_resets').where('user_id', '=', userId).where('used_at', 'is', null).execute();
          await trx.insertInto('password_resets').values({ token_hash: tokenHash, user_id: userId, created_at: now(), expires_at: expiresAt, used_at: null }).execute();
        });
      } catch (error) {
        rethrowMissingOwner(error, 'user');
      }
    },

    async consume(tokenHash, at) {
      // One statement: two requests with the same link cannot both use it.
      const row = await db.updateTable('password_resets').set({ used_at: at })
        .where('token_hash', '=', tokenHash).where('used_at', 'is', null).where('expires_at', '>', at)
        .returning('user_id').executeTakeFirst();
      return row?.user_id;
    },
  };
}
