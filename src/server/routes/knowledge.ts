/**
 * GET /api/v1/knowledge: the knowledge base for the Learn pages. It is the same for everyone and
 * changes only with a release, so it is serialised once, sent with an ETag, and may be cached.
 */
import { createHash } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { KNOWLEDGE } from '../../knowledge/index.js';
import { KnowledgeSchema } from '../../schemas/api.js';
import { ref } from '../schema-registry.js';
import { ERROR_RESPONSES } from './responses.js';

export const knowledgeRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const body = JSON.stringify(KNOWLEDGE);
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

  app.get('/api/v1/knowledge', {
    schema: {
      tags: ['knowledge'],
      summary: 'The knowledge base behind the Learn pages',
      response: { 200: ref(KnowledgeSchema), 304: { type: 'null', description: 'not modified' }, ...ERROR_RESPONSES },
    },
  }, async (request, reply) => {
    reply.header('etag', etag).header('cache-control', 'public, max-age=300, must-revalidate');
    if (request.headers['if-none-match'] === etag) return reply.code(304).send();
    return reply.type('application/json; charset=utf-8').send(body);
  });
};
