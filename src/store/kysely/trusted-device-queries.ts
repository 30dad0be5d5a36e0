/** Browsers an account signed in from before, by the hash of their cookie's token. */
import type { Store } from '../store.js';
import { rethrowMissingOwner } from './driver-errors.js';
import type { StoreContext } from './store-context.js';

export function trustedDeviceQueries({ db }: StoreContext): Store['devices'] {
  return {
    async trust(device) {
      try {
        await db.insertInto('trusted_devices')
          .values({ id_hash: device.idHash, user_id: device.userId, created_at: device.createdAt, expires_at: device.expiresAt })
          .onConflict((oc) => oc.column('id_hash').doUpdateSet({ expires_at: device.expiresAt }))
          .execute();
      } catch (error) {
        rethrowMissingOwner(error, 'user');
      }
    },

    async find(idHash, now) {
      const row = await db.selectFrom('trusted_devices').select('user_id')
        .where('id_hash', '=', idHash).where('expires_at', '>', now).executeTakeFirst();
      return row && { userId: row.user_id };
    },

    async delete(idHash) {
      await db.deleteFrom('trusted_devices').where('id_hash', '=', idHash).execute();
    },

    async deleteExpired(now) {
      const result = await db.deleteFrom('trusted_devices').where('expires_at', '<=', now).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
