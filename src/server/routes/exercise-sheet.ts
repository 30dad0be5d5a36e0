/**
 * The exercises as a PDF to print: pictures, steps, dose and stop signs. Knowledge only, nothing
 * about the person, so anyone may ask; `ids` picks and orders them (the plan's exercises).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { EXERCISE_IDS } from '../../knowledge/exercises.js';
import { HttpError } from '../http-error.js';
import { exerciseSheetPdf, unknownExerciseIds } from '../pdf/exercise-sheet-pdf.js';
import { ERROR_RESPONSES } from './responses.js';

const PDF_RESPONSE = {
  description: 'the exercises with their pictures, as a PDF',
  content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
};

const QuerySchema = Type.Object(
  { ids: Type.Optional(Type.String({ pattern: '^[a-z0-9_]+(,[a-z0-9_]+){0,29}$', description: 'exercise ids, comma separated; default every exercise' })) },
  { additionalProperties: false },
);

export const exerciseSheetRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/v1/exercises.pdf', {
    schema: {
      tags: ['knowledge'],
      summary: 'Exercises with their start and end pictures, as a PDF to print',
      querystring: QuerySchema,
      response: { 200: PDF_RESPONSE, ...ERROR_RESPONSES },
    },
  }, async (request, reply) => {
    const ids = request.query.ids ? [...new Set(request.query.ids.split(','))] : [...EXERCISE_IDS];
    const unknown = unknownExerciseIds(ids);
    if (unknown.length) throw new HttpError('invalid', `No exercise has the id ${unknown.map((u) => `"${u}"`).join(', ')}.`, 'ids');
    const now = app.settings.clock();
    const pdf = await exerciseSheetPdf(ids, { createdAt: now });
    return reply.type('application/pdf').header('content-disposition', 'attachment; filename="ksnav-exercises.pdf"').send(pdf);
  });
};
