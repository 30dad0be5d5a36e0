/**
 * CDS Hooks: the discovery document and the `ksnav-triage` patient-view service, so a record
 * system can show the triage of a patient's intake as a card. Nothing is stored; the request
 * shape is checked here loosely and by the mapping (src/fhir/cds-hooks.ts) strictly. Card links
 * point at the configured public URL (PUBLIC_URL), never at the request's Host header, which
 * anyone can write; without it, cards carry no links.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { CDS_SERVICE_ID, cdsCards, discovery } from '../../fhir/cds-hooks.js';
import { costOf } from '../plugins/cost-limits.js';
import { ERROR_RESPONSES } from './responses.js';

const loose = (description: string) => Type.Object({}, { additionalProperties: true, description });

const CdsRequestBody = Type.Object(
  {
    hook: Type.String({ maxLength: 64 }),
    hookInstance: Type.String({ minLength: 1, maxLength: 128 }),
    context: loose('patientId, userId, and optionally ksnavCase: a case as POST /api/v1/assessments takes'),
    prefetch: Type.Optional(Type.Union([loose('intake: a QuestionnaireResponse to the ksnav intake, or a search Bundle of them'), Type.Null()])),
    fhirServer: Type.Optional(Type.String({ maxLength: 2048 })),
    fhirAuthorization: Type.Optional(Type.Union([loose('not used: the service reads only what the request carries'), Type.Null()])),
  },
  { additionalProperties: true, description: 'A CDS Hooks request for the patient-view hook.' },
);

const DiscoveryResponse = Type.Object({ services: Type.Array(loose('a CDS service')) }, { additionalProperties: true });
const CardsResponse = Type.Object({ cards: Type.Array(loose('a CDS card')) }, { additionalProperties: true });

/**
 * CORS as the CDS Hooks specification expects for browser-based CDS clients: any origin may call
 * (the routes use no cookies and store nothing, so no credentials are allowed), with the
 * Authorization header a client sends its JWT in.
 */
const CORS = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'x-request-id, retry-after',
};
const PREFLIGHT = {
  ...CORS,
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'authorization, content-type',
  'access-control-max-age': '600',
};
const CROSS_ORIGIN = { crossOrigin: true };

export const cdsHooksRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // Only this plugin's routes, their errors included.
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(CORS);
    done();
  });
  for (const url of ['/cds-services', `/cds-services/${CDS_SERVICE_ID}`]) {
    app.options(url, { config: CROSS_ORIGIN, schema: { hide: true } }, async (_request, reply) => reply.headers(PREFLIGHT).code(204).send());
  }

  app.get('/cds-services', {
    config: CROSS_ORIGIN,
    schema: { tags: ['cds-hooks'], summary: 'CDS Hooks discovery', response: { 200: DiscoveryResponse, ...ERROR_RESPONSES } },
  }, async () => discovery());

  app.post(`/cds-services/${CDS_SERVICE_ID}`, {
    config: { ...CROSS_ORIGIN, rateLimit: costOf('cdsHooks') },
    schema: {
      tags: ['cds-hooks'],
      summary: 'Triage card for the patient-view hook',
      description: 'One card: critical for an emergency, warning for "today", info otherwise; no card when the prefetched intake is empty.',
      body: CdsRequestBody,
      response: { 200: CardsResponse, ...ERROR_RESPONSES },
    },
  }, async (request) => cdsCards(request.body, app.settings.publicUrl ? { appUrl: app.settings.publicUrl } : {}));
};
