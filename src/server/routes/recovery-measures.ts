/**
 * Validated measures of one of the signed-in person's recoveries: answer an instrument (one
 * route per instrument, so its body schema names the item at fault: `answers.q4`,
 * `answers.activities.1.rating`), list them with their scores, read one, delete one. One result
 * per instrument per day: a second for the same day is a 409. The progress (what is due, scores
 * over time, the change that matters) is in the recovery's summary.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { MEASURE_IDS, MEASURES, type MeasureId } from '../../knowledge/measures/index.js';
import { MeasureAnswerError } from '../../measures/answer-error.js';
import { parseMeasureAnswers, scoreMeasure } from '../../measures/score.js';
import { IdParamsSchema, MeasureResultParamsSchema } from '../../schemas/api.js';
import { MEASURE_RESULT_INPUT_SCHEMAS, RecoveryMeasureResultListSchema, RecoveryMeasureResultSchema, type RecoveryMeasureResult } from '../../schemas/measure-results.js';
import { ConflictError, NotFoundError, type MeasureResultInput, type MeasureResultRecord } from '../../store/store.js';
import { assertCalendarDate, utcDate } from '../calendar-date.js';
import { HttpError, notFound } from '../http-error.js';
import { ref } from '../schema-registry.js';
import { userIdOf } from '../types.js';
import { ERROR_RESPONSES, NO_CONTENT } from './responses.js';

const AUTH = { auth: 'user' as const };

/** A stored result as the API shows it: the answers and the scores they give. */
export function toMeasureResult(record: MeasureResultRecord): RecoveryMeasureResult {
  return {
    id: record.id,
    recoveryId: record.recoveryId,
    instrument: record.instrument,
    date: record.date,
    answers: record.answers as unknown as Record<string, unknown>,
    result: scoreMeasure(record.instrument, record.answers),
    createdAt: record.createdAt,
  };
}

/** The scorer's own checks after the schema's (a PSFS activity named only in spaces...), naming the item under `answers`. */
function checkedAnswers(instrument: MeasureId, answers: unknown): MeasureResultInput['answers'] {
  try {
    return parseMeasureAnswers(instrument, answers);
  } catch (error) {
    if (error instanceof MeasureAnswerError) {
      const field = error.field === 'answers' ? 'answers' : `answers.${error.field.replace(/\[(\d+)\]/g, '.$1')}`;
      throw new HttpError('invalid', `${field} ${error.errors[0]?.message ?? 'is not valid'}.`, field);
    }
    throw error;
  }
}

export const recoveryMeasureRoutes: FastifyPluginAsyncTypebox = async (app) => {
  for (const instrument of MEASURE_IDS) {
    const m = MEASURES[instrument];
    app.post(`/api/v1/recoveries/:id/measures/${instrument}`, {
      config: AUTH,
      schema: {
        tags: ['recovery'],
        summary: `Answer ${m.shortTitle} for a recovery`,
        description: `${m.purpose} ${m.scoring} ${m.missingItems} An unanswered or out-of-range item is a 400 naming it. `
          + 'One per recovery per day: a second for the same date is a 409.',
        security: [{ session: [], csrf: [] }],
        params: IdParamsSchema,
        body: MEASURE_RESULT_INPUT_SCHEMAS[instrument],
        response: { 201: ref(RecoveryMeasureResultSchema), ...ERROR_RESPONSES },
      },
    }, async (request, reply) => {
      const { date } = request.body;
      assertCalendarDate(date, 'date');
      // A day ahead of the server's UTC date at most: the person's own today, wherever they are.
      const tomorrow = new Date(app.settings.clock().getTime() + 86_400_000);
      if (date > utcDate(tomorrow)) throw new HttpError('invalid', 'date must not be in the future.', 'date');
      const answers = checkedAnswers(instrument, request.body.answers);
      const recoveryId = request.params.id;
      try {
        const record = await app.store.measureResults.create(userIdOf(request), recoveryId, { instrument, date, answers } as MeasureResultInput);
        await request.audit('measure.create', 'measure', record.id, 'ok');
        return reply.code(201).send(toMeasureResult(record));
      } catch (error) {
        if (error instanceof ConflictError) {
          throw new HttpError('conflict', `This recovery already has ${m.shortTitle} on that date: delete that one first, or choose another date.`, 'date');
        }
        if (error instanceof NotFoundError) {
          await request.audit('measure.create', 'recovery', recoveryId, 'not_found');
          throw notFound('recovery', 'id');
        }
        throw error;
      }
    });
  }

  app.get('/api/v1/recoveries/:id/measures', {
    config: AUTH,
    schema: {
      tags: ['recovery'],
      summary: "A recovery's measure results with their scores, oldest first",
      security: [{ session: [] }],
      params: IdParamsSchema,
      response: { 200: ref(RecoveryMeasureResultListSchema), ...ERROR_RESPONSES },
    },
  }, async (request) => {
    const userId = userIdOf(request);
    const recovery = await app.store.recoveries.get(userId, request.params.id);
    if (!recovery) {
      await request.audit('measure.list', 'recovery', request.params.id, 'not_found');
      throw notFound('recovery', 'id');
    }
    const records = await app.store.measureResults.list(userId, recovery.id);
    await request.audit('measure.list', 'recovery', recovery.id, 'ok');
    return { results: records.map(toMeasureResult) };
  });

  app.get('/api/v1/recoveries/:id/measures/:resultId', {
    config: AUTH,
    schema: {
      tags: ['recovery'],
      summary: 'One measure result with its scores',
      security: [{ session: [] }],
      params: MeasureResultParamsSchema,
      response: { 200: ref(RecoveryMeasureResultSchema), ...ERROR_RESPONSES },
    },
  }, async (request) => {
    const { id, resultId } = request.params;
    const record = await app.store.measureResults.get(userIdOf(request), id, resultId);
    await request.audit('measure.read', 'measure', resultId, record ? 'ok' : 'not_found');
    if (!record) throw notFound('measure result', 'resultId');
    return toMeasureResult(record);
  });

  app.delete('/api/v1/recoveries/:id/measures/:resultId', {
    config: AUTH,
    schema: {
      tags: ['recovery'],
      summary: 'Delete a measure result',
      security: [{ session: [], csrf: [] }],
      params: MeasureResultParamsSchema,
      response: { 204: NO_CONTENT, ...ERROR_RESPONSES },
    },
  }, async (request, reply) => {
    const { id, resultId } = request.params;
    const deleted = await app.store.measureResults.delete(userIdOf(request), id, resultId);
    await request.audit('measure.delete', 'measure', resultId, deleted ? 'ok' : 'not_found');
    if (!deleted) throw notFound('measure result', 'resultId');
    return reply.code(204).send(null);
  });
};
