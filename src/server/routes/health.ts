/**
 * GET /healthz: up, and the database both answers and takes a write (a full disk or a read-only
 * standby answers reads but loses every write). 503 when it does not, so load balancers stop
 * sending (and 503 `draining` once the server is shutting down). The probe runs at most once a second, however often the check is asked for (a load
 * balancer's checks, or someone hammering the route, do not each write).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { HealthSchema } from '../../schemas/api.js';
import { ref } from '../schema-registry.js';

type DatabaseState = 'ok' | 'unreachable' | 'not_writable';
const PROBE_EVERY_MS = 1000;

export const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  let last: { at: number; state: Promise<DatabaseState> } | undefined;
  const probe = async (): Promise<DatabaseState> => {
    try {
      await app.store.ping();
    } catch (error) {
      app.log.warn({ err: error }, 'database unreachable');
      return 'unreachable';
    }
    try {
      await app.store.probeWrite();
    } catch (error) {
      app.log.warn({ err: error }, 'database does not take writes');
      return 'not_writable';
    }
    return 'ok';
  };

  app.get('/healthz', {
    schema: {
      tags: ['system'],
      summary: 'Liveness, and the database answers and takes writes',
      response: { 200: ref(HealthSchema), 503: ref(HealthSchema) },
    },
  }, async (_request, reply) => {
    if (app.draining) return reply.code(503).send({ status: 'draining' as const, database: 'ok' as const });
    const now = performance.now();
    if (!last || now - last.at >= PROBE_EVERY_MS) last = { at: now, state: probe() };
    const database = await last.state;
    if (database === 'ok') return { status: 'ok' as const, database };
    return reply.code(503).send({ status: 'unavailable' as const, database });
  });
};
