/**
 * FHIR replies: application/fhir+json unless the client accepts plain JSON and not FHIR's (the
 * same rule as the `send` of routes/fhir.ts, which can move here when that file is next edited).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';

const FHIR_JSON = 'application/fhir+json';

export function sendFhir(request: FastifyRequest, reply: FastifyReply, body: unknown): FastifyReply {
  const accept = request.headers.accept ?? '';
  const plain = accept.includes('application/json') && !accept.includes(FHIR_JSON);
  return reply.type(`${plain ? 'application/json' : FHIR_JSON}; charset=utf-8`).send(body);
}
