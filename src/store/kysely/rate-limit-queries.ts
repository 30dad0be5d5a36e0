/**
 * Fixed-window rate-limit counters shared by every server instance on the database. One
 * upsert statement counts the hit and reads the new count, so concurrent hits from any number
 * of processes each see a distinct count.
 */
import type { Store } from '../store.js';
import type { StoreContext } from './store-context.js';

export function rateLimitQueries({ db }: StoreContext): Store['rateLimits'] {
  return {
    async hit(key, windowStart) {
      const row = await db.insertInto('rate_limits')
        .values({ key, window_start: windowStart, count: 1 })
        .onConflict((oc) => oc.columns(['key', 'window_start']).doUpdateSet((eb) => ({ count: eb('rate_limits.count', '+', 1) })))
        .returning('count')
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },

    async peek(key, windowStart) {
      const row = await db.selectFrom('rate_limits').select('count').where('key', '=', key).where('window_start', '=', windowStart).executeTakeFirst();
      return row ? Number(row.count) : 0;
    },

    async prune(before) {
      const result = await db.deleteFrom('rate_limits').where('window_start', '<', before).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
