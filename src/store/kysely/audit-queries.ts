/** The audit trail: who touched which record, when, and how it went. Never health data. */
import type { Store } from '../store.js';
import { toAuditEntry } from './row-mappers.js';
import type { StoreContext } from './store-context.js';

export function auditQueries({ db }: StoreContext): Store['audit'] {
  return {
    async record(entry) {
      await db.insertInto('audit_log').values({
        at: entry.at,
        user_id: entry.userId,
        action: entry.action,
        record_type: entry.recordType,
        record_id: entry.recordId,
        outcome: entry.outcome,
        request_id: entry.requestId ?? null,
        erased_at: entry.erasedAt ?? null,
      }).execute();
    },

    async purgeErased(before) {
      const result = await db.deleteFrom('audit_log').where('erased_at', 'is not', null).where('erased_at', '<', before).executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    async listForUser(userId) {
      const rows = await db.selectFrom('audit_log').selectAll().where('user_id', '=', userId).orderBy('id').execute();
      return rows.map(toAuditEntry);
    },
  };
}
