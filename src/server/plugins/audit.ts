/**
 * `request.audit(action, recordType, recordId, outcome)`: who touched which record, when, and
 * what came of it, in the store's audit log. Never the record's content.
 */
import type { FastifyRequest } from 'fastify';
import type { AuditOutcome } from '../types.js';
import { appWide } from './app-wide.js';

export const auditPlugin = appWide('ksnav-audit', async (app) => {
  app.decorateRequest('audit', async function audit(
    this: FastifyRequest,
    action: string,
    recordType: string,
    recordId: string | null,
    outcome: AuditOutcome,
    userId?: string | null,
    erasedAt?: string,
  ): Promise<void> {
    await app.store.audit.record({
      at: app.settings.clock().toISOString(),
      userId: userId === undefined ? (this.session?.userId ?? null) : userId,
      action,
      recordType,
      recordId,
      outcome,
      requestId: this.id,
      ...(erasedAt ? { erasedAt } : {}),
    });
  });
});
