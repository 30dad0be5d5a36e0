/**
 * FHIR R4 over HTTP: the intake Questionnaire, and `$assess`, which takes a QuestionnaireResponse
 * to it and answers the assessment as a collection Bundle. Bodies may be application/fhir+json or
 * application/json; answers are application/fhir+json unless the client asks for plain JSON.
 * Nothing is stored. The mapping (src/fhir) checks every item and names the linkId it refuses.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { assessValid } from '../../engine/assess.js';
import { assessmentToFhir, isInstant, isPatientReference } from '../../fhir/assessment-bundle.js';
import { caseFromQuestionnaireResponse } from '../../fhir/case-from-questionnaire-response.js';
import { INTAKE_QUESTIONNAIRE_ID } from '../../fhir/canonical-urls.js';
import { intakeQuestionnaire } from '../../fhir/questionnaire.js';
import { HttpError } from '../http-error.js';
import { fhirMeasureRoutes } from './fhir-measures.js';
import { ERROR_RESPONSES } from './responses.js';

export const FHIR_JSON = 'application/fhir+json';

/** A resource of one type; the rest is the mapping's to check (and it does, item by item). */
const resource = (resourceType: string, description: string) =>
  Type.Object({ resourceType: Type.Literal(resourceType) }, { additionalProperties: true, description });

const QuestionnaireResponseBody = Type.Object(
  {
    resourceType: Type.Literal('QuestionnaireResponse'),
    status: Type.String({ maxLength: 32 }),
    questionnaire: Type.Optional(Type.String({ maxLength: 256 })),
    authored: Type.Optional(Type.String({ maxLength: 40, description: 'when the answers were given; the assessment time when it is a full date-time' })),
    subject: Type.Optional(Type.Object({ reference: Type.Optional(Type.String({ maxLength: 256 })) }, { additionalProperties: true })),
    item: Type.Optional(Type.Array(Type.Object({ linkId: Type.String({ maxLength: 64 }) }, { additionalProperties: true }), { maxItems: 200 })),
  },
  { additionalProperties: true, description: 'A QuestionnaireResponse to the ksnav intake Questionnaire (GET /fhir/Questionnaire/ksnav-intake).' },
);

/** application/fhir+json unless the client accepts plain JSON and not FHIR's. */
function send(request: FastifyRequest, reply: FastifyReply, body: unknown): FastifyReply {
  const accept = request.headers.accept ?? '';
  const plain = accept.includes('application/json') && !accept.includes(FHIR_JSON);
  return reply.type(`${plain ? 'application/json' : FHIR_JSON}; charset=utf-8`).send(body);
}

export const fhirRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // FHIR's own media type, parsed as JSON; only for the routes of this plugin.
  app.addContentTypeParser(FHIR_JSON, { parseAs: 'string' }, app.getDefaultJsonParser('error', 'error'));

  app.get(`/fhir/Questionnaire/${INTAKE_QUESTIONNAIRE_ID}`, {
    schema: {
      tags: ['fhir'],
      summary: 'The intake as a FHIR R4 Questionnaire',
      response: { 200: resource('Questionnaire', 'FHIR R4 Questionnaire'), ...ERROR_RESPONSES },
    },
  }, async (request, reply) => send(request, reply, intakeQuestionnaire()));

  app.post('/fhir/$assess', {
    schema: {
      tags: ['fhir'],
      summary: 'Assess a QuestionnaireResponse; answers a FHIR collection Bundle',
      description:
        'The Bundle holds the QuestionnaireResponse, an Observation of the triage level, one Observation per red flag, a RiskAssessment '
        + '(patterns as "consistent with", never diagnoses) and a ClinicalImpression. Nothing is stored. The assessment time is `authored` '
        + "when it is a full date-time, otherwise the server's clock.",
      body: QuestionnaireResponseBody,
      response: { 200: resource('Bundle', 'FHIR R4 Bundle of type collection'), ...ERROR_RESPONSES },
    },
  }, async (request, reply) => {
    const c = caseFromQuestionnaireResponse(request.body);
    const patientReference = request.body.subject?.reference;
    if (patientReference !== undefined && !isPatientReference(patientReference)) {
      throw new HttpError('invalid', 'subject.reference must be a Patient reference such as Patient/123.', 'subject.reference');
    }
    const { authored } = request.body;
    const occurrence = authored !== undefined && isInstant(authored) ? authored : app.settings.clock().toISOString();
    return send(request, reply, assessmentToFhir(assessValid(c), c, { occurrence, patientReference }));
  });

  // The validated measures' Questionnaires and $score, under the same media type parser.
  await app.register(fhirMeasureRoutes);
};
