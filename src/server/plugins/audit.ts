/**
 * `request.audit(action, recordType, recordId, outcome)`: who touched which record, when, and
 * what came of it, in the store's audit log. Never the record's content.
 *
 * Refusals are audited too: every 401 and 403 that a route did not already record as a denial is
 * written after the answer is sent, as `request.refused` on the route (`GET /api/v1/me`, the
 * pattern, never the URL with its ids or query), under the session's user if there is one. So that
 * a flood of refused requests cannot turn into a flood of writes, each client (user or address)
 * gets at most REFUSALS_PER_MINUTE such entries a minute; the rest are counted in the log.
 */
import type { FastifyRequest } from 'fastify';
import type { AuditOutcome } from '../types.js';
import { appWide } from './app-wide.js';
import { clientKey } from './cost-limits.js';

const REFUSALS_PER_MINUTE = 30;
const MINUTE_MS = 60_000;

export const auditPlugin = appWide('ksnav-audit', async (app) => {
  const deniedAlready = new WeakSet<FastifyRequest>();

  app.decorateRequest('audit', async function audit(
    this: FastifyRequest,
    action: string,
    recordType: string,
    recordId: string | null,
    outcome: AuditOutcome,
    userId?: string | null,
    erasedAt?: string,
  ): Promise<void> {
    if (outcome === 'denied') deniedAlready.add(this);
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

  let windowStart = 0;
  let written = new Map<string, number>();
  let dropped = 0;
  app.addHook('onResponse', (request, reply, done) => {
    done();
    if ((reply.statusCode !== 401 && reply.statusCode !== 403) || deniedAlready.has(request)) return;
    const now = Date.now();
    if (now - windowStart >= MINUTE_MS) {
      if (dropped > 0) app.log.warn({ dropped }, 'refusals not audited: too many from the same clients');
      windowStart = now;
      written = new Map();
      dropped = 0;
    }
    const key = clientKey(request);
    const count = written.get(key) ?? 0;
    if (count >= REFUSALS_PER_MINUTE) {
      dropped++;
      return;
    }
    written.set(key, count + 1);
    const route = `${request.method} ${request.routeOptions.url ?? '(no route)'}`;
    request.audit('request.refused', 'route', route, 'denied').catch((error: unknown) => {
      request.log.warn({ err: error }, 'refusal not audited');
    });
  });
});
