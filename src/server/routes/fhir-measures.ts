/**
 * The validated measures over FHIR: each instrument's Questionnaire, and `$score`, which takes a
 * QuestionnaireResponse to it and answers the score as an Observation. Registered inside the FHIR
 * routes (their media type parser and replies). Nothing is stored.
 *
 * The body schema checks the response's shape and the JSON type of every answer value this
 * instrument uses; the mapping (src/fhir/measure-response.ts) then checks every item by the
 * instrument's rules (all nine STarT Back answers, ratings 0-10...) and names the linkId.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type TSchema } from '@sinclair/typebox';
import { MEASURE_IDS, MEASURES, type MeasureId } from '../../knowledge/measures/index.js';
import { scoreMeasure } from '../../measures/score.js';
import { isInstant, isPatientReference } from '../../fhir/assessment-bundle.js';
import { MEASURE_QUESTIONNAIRE_IDS, measureQuestionnaire } from '../../fhir/measure-questionnaire.js';
import { measureAnswersFromResponse } from '../../fhir/measure-response.js';
import { measureObservation } from '../../fhir/measure-observation.js';
import { canonicalJson, FHIR_ID, hash53 } from '../../fhir/stable-id.js';
import { HttpError } from '../http-error.js';
import { ERROR_RESPONSES } from './responses.js';
import { sendFhir } from './fhir-reply.js';

const resource = (resourceType: string, description: string) =>
  Type.Object({ resourceType: Type.Literal(resourceType) }, { additionalProperties: true, description });

/** The answer value types each instrument's items take (the mapping says which item takes which). */
const ANSWER_VALUES: Readonly<Record<MeasureId, Record<string, TSchema>>> = {
  'start-back': {
    valueCoding: Type.Object(
      { system: Type.Optional(Type.String({ maxLength: 256 })), code: Type.String({ maxLength: 64 }), display: Type.Optional(Type.String({ maxLength: 256 })) },
      { additionalProperties: true },
    ),
  },
  'roland-morris': { valueBoolean: Type.Boolean() },
  psfs: { valueString: Type.String({ maxLength: 1000 }), valueInteger: Type.Integer() },
  nprs: { valueInteger: Type.Integer() },
};

function answerSchema(id: MeasureId) {
  const values = Object.fromEntries(Object.entries(ANSWER_VALUES[id]).map(([k, s]) => [k, Type.Optional(s)]));
  return Type.Object(values, { additionalProperties: true, description: `one of ${Object.keys(ANSWER_VALUES[id]).join(', ')}` });
}

function itemSchema(id: MeasureId, depth: number): TSchema {
  const props: Record<string, TSchema> = {
    linkId: Type.String({ maxLength: 64 }),
    text: Type.Optional(Type.String({ maxLength: 2000 })),
    answer: Type.Optional(Type.Array(answerSchema(id), { maxItems: 10 })),
  };
  if (depth > 0) props.item = Type.Optional(Type.Array(itemSchema(id, depth - 1), { maxItems: 10 }));
  return Type.Object(props, { additionalProperties: true });
}

function responseBody(id: MeasureId) {
  return Type.Object(
    {
      resourceType: Type.Literal('QuestionnaireResponse'),
      id: Type.Optional(Type.String({ maxLength: 64 })),
      status: Type.String({ maxLength: 32 }),
      questionnaire: Type.Optional(Type.String({ maxLength: 256 })),
      authored: Type.Optional(Type.String({ maxLength: 40, description: 'when the answers were given; the Observation time when it is a full date-time' })),
      subject: Type.Optional(Type.Object({ reference: Type.Optional(Type.String({ maxLength: 256 })) }, { additionalProperties: true })),
      // PSFS nests its activity's name and rating under each activity: one level of items.
      item: Type.Optional(Type.Array(itemSchema(id, id === 'psfs' ? 1 : 0), { maxItems: 60 })),
    },
    { additionalProperties: true, description: `A QuestionnaireResponse to ${MEASURES[id].title} (GET /fhir/Questionnaire/${MEASURE_QUESTIONNAIRE_IDS[id]}).` },
  );
}

export const fhirMeasureRoutes: FastifyPluginAsyncTypebox = async (app) => {
  for (const id of MEASURE_IDS) {
    const m = MEASURES[id];
    const path = `/fhir/Questionnaire/${MEASURE_QUESTIONNAIRE_IDS[id]}`;

    app.get(path, {
      schema: {
        tags: ['fhir'],
        summary: `${m.title} as a FHIR R4 Questionnaire`,
        response: { 200: resource('Questionnaire', 'FHIR R4 Questionnaire'), ...ERROR_RESPONSES },
      },
    }, async (request, reply) => sendFhir(request, reply, measureQuestionnaire(id)));

    app.post(`${path}/$score`, {
      schema: {
        tags: ['fhir'],
        summary: `Score a QuestionnaireResponse to ${m.shortTitle}; answers an Observation`,
        description:
          `${m.scoring} ${m.missingItems} The Observation's time is \`authored\` when it is a full date-time, otherwise the server's clock. `
          + 'A response that cannot be scored gets a 400 naming the linkId. Nothing is stored.',
        body: responseBody(id),
        response: { 200: resource('Observation', 'FHIR R4 Observation of the score'), ...ERROR_RESPONSES },
      },
    }, async (request, reply) => {
      const answers = measureAnswersFromResponse(id, request.body);
      const { subject, authored, id: responseId } = request.body;
      const patientReference = subject?.reference;
      if (patientReference !== undefined && !isPatientReference(patientReference)) {
        throw new HttpError('invalid', 'subject.reference must be a Patient reference such as Patient/123.', 'subject.reference');
      }
      const occurrence = authored !== undefined && isInstant(authored) ? authored : app.settings.clock().toISOString();
      const observation = measureObservation(scoreMeasure(id, answers), {
        occurrence,
        // The same response gives the same Observation, id included.
        id: `${id}-${hash53(canonicalJson({ answers, occurrence, patientReference: patientReference ?? null }))}`,
        ...(patientReference === undefined ? {} : { patientReference }),
        ...(responseId !== undefined && FHIR_ID.test(responseId) ? { responseReference: `QuestionnaireResponse/${responseId}` } : {}),
      });
      return sendFhir(request, reply, observation);
    });
  }
};
