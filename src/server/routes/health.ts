/** GET /healthz: up, and the database answers. 503 when it does not (load balancers stop sending). */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { HealthSchema } from '../../schemas/api.js';
import { ref } from '../schema-registry.js';

export const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/healthz', {
    schema: {
      tags: ['system'],
      summary: 'Liveness and database reachability',
      response: { 200: ref(HealthSchema), 503: ref(HealthSchema) },
    },
  }, async (request, reply) => {
    try {
      await app.store.ping();
      return { status: 'ok' as const, database: 'ok' as const };
    } catch (error) {
      request.log.warn({ err: error }, 'database unreachable');
      return reply.code(503).send({ status: 'unavailable', database: 'unreachable' });
    }
  });
};
