/**
 * Daily check-ins of one of the signed-in person's recoveries: add (one per date: a second for
 * the same date is a 409), list, read, replace, delete.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { CheckInListSchema, CheckInParamsSchema, IdParamsSchema } from '../../schemas/api.js';
import { CheckInInputSchema, CheckInSchema } from '../../schemas/checkin.js';
import { ConflictError, NotFoundError } from '../../store/store.js';
import { assertCalendarDate } from '../calendar-date.js';
import { HttpError, notFound } from '../http-error.js';
import { ref } from '../schema-registry.js';
import { userIdOf } from '../types.js';
import { ownRecovery } from './recoveries.js';
import { toCheckIn } from './records.js';
import { ERROR_RESPONSES, NO_CONTENT } from './responses.js';

const AUTH = { auth: 'user' as const };
const DATE_TAKEN = () => new HttpError('conflict', 'This recovery already has a check-in on that date: change that one instead.', 'date');

export const checkInRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post('/api/v1/recoveries/:id/checkins', {
    config: AUTH,
    schema: {
      tags: ['recovery'],
      summary: "Add the day's check-in",
      security: [{ session: [], csrf: [] }],
      params: IdParamsSchema,
      body: ref(CheckInInputSchema),
      response: { 201: ref(CheckInSchema), ...ERROR_RESPONSES },
    },
  }, async (request, reply) => {
    assertCalendarDate(request.body.date, 'date');
    const recoveryId = request.params.id;
    try {
      const record = await app.store.checkIns.create(userIdOf(request), recoveryId, request.body);
      await request.audit('checkin.create', 'checkin', record.id, 'ok');
      return reply.code(201).send(toCheckIn(record));
    } catch (error) {
      if (error instanceof ConflictError) throw DATE_TAKEN();
      if (error instanceof NotFoundError) {
        await request.audit('checkin.create', 'recovery', recoveryId, 'not_found');
        throw notFound('recovery', 'id');
      }
      throw error;
    }
  });

  app.get('/api/v1/recoveries/:id/checkins', {
    config: AUTH,
    schema: {
      tags: ['recovery'],
      summary: "A recovery's check-ins, oldest first",
      security: [{ session: [] }],
      params: IdParamsSchema,
      response: { 200: ref(CheckInListSchema), ...ERROR_RESPONSES },
    },
  }, async (request) => {
    const recovery = await ownRecovery(request, request.params.id, 'checkin.list');
    const records = await app.store.checkIns.list(userIdOf(request), recovery.id);
    await request.audit('checkin.list', 'recovery', recovery.id, 'ok');
    return { checkIns: records.map(toCheckIn) };
  });

  app.get('/api/v1/recoveries/:id/checkins/:checkInId', {
    config: AUTH,
    schema: {
      tags: ['recovery'],
      summary: 'One check-in',
      security: [{ session: [] }],
      params: CheckInParamsSchema,
      response: { 200: ref(CheckInSchema), ...ERROR_RESPONSES },
    },
  }, async (request) => {
    const { id, checkInId } = request.params;
    const record = await app.store.checkIns.get(userIdOf(request), id, checkInId);
    await request.audit('checkin.read', 'checkin', checkInId, record ? 'ok' : 'not_found');
    if (!record) throw notFound('check-in', 'checkInId');
    return toCheckIn(record);
  });

  app.put('/api/v1/recoveries/:id/checkins/:checkInId', {
    config: AUTH,
    schema: {
      tags: ['recovery'],
      summary: 'Replace a check-in',
      security: [{ session: [], csrf: [] }],
      params: CheckInParamsSchema,
      body: ref(CheckInInputSchema),
      response: { 200: ref(CheckInSchema), ...ERROR_RESPONSES },
    },
  }, async (request) => {
    assertCalendarDate(request.body.date, 'date');
    const { id, checkInId } = request.params;
    let record;
    try {
      record = await app.store.checkIns.update(userIdOf(request), id, checkInId, request.body);
    } catch (error) {
      if (error instanceof ConflictError) throw DATE_TAKEN();
      throw error;
    }
    await request.audit('checkin.update', 'checkin', checkInId, record ? 'ok' : 'not_found');
    if (!record) throw notFound('check-in', 'checkInId');
    return toCheckIn(record);
  });

  app.delete('/api/v1/recoveries/:id/checkins/:checkInId', {
    config: AUTH,
    schema: {
      tags: ['recovery'],
      summary: 'Delete a check-in',
      security: [{ session: [], csrf: [] }],
      params: CheckInParamsSchema,
      response: { 204: NO_CONTENT, ...ERROR_RESPONSES },
    },
  }, async (request, reply) => {
    const { id, checkInId } = request.params;
    const deleted = await app.store.checkIns.delete(userIdOf(request), id, checkInId);
    await request.audit('checkin.delete', 'checkin', checkInId, deleted ? 'ok' : 'not_found');
    if (!deleted) throw notFound('check-in', 'checkInId');
    return reply.code(204).send(null);
  });
};
