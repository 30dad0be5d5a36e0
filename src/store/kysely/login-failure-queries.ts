/** Failed sign-ins per key (an account's hashed email), for the sign-in delay; cleared on success. */
import type { Store } from '../store.js';
import type { StoreContext } from './store-context.js';

export function loginFailureQueries({ db }: StoreContext): Store['loginFailures'] {
  return {
    async get(key) {
      const row = await db.selectFrom('login_failures').selectAll().where('key', '=', key).executeTakeFirst();
      return row && { failures: Number(row.failures), lastAt: row.last_at };
    },

    async record(key, at) {
      const row = await db.insertInto('login_failures')
        .values({ key, failures: 1, last_at: at })
        .onConflict((oc) => oc.column('key').doUpdateSet((eb) => ({ failures: eb('login_failures.failures', '+', 1), last_at: at })))
        .returning('failures')
        .executeTakeFirstOrThrow();
      return Number(row.failures);
    },

    async clear(key) {
      await db.deleteFrom('login_failures').where('key', '=', key).execute();
    },

    async prune(before) {
      const result = await db.deleteFrom('login_failures').where('last_at', '<', before).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
