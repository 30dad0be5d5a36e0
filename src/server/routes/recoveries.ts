/**
 * Recovery episodes of the signed-in person: create from an onset date (optionally linked to one
 * of their saved assessments), list, read, delete, and the analysis: the summary on a day
 * (phase, trends, alerts with red flags re-triaged first, plan) and the per-day series. The clock
 * lives here: "today" defaults to the server's UTC date; the analysis itself is pure.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { recoverySeries } from '../../recovery/series.js';
import { summarizeRecovery } from '../../recovery/summary.js';
import { IdParamsSchema, RecoveryListSchema, RecoverySchema, SummaryQuerySchema } from '../../schemas/api.js';
import { RecoveryInputSchema } from '../../schemas/checkin.js';
import { RecoverySeriesSchema, RecoverySummarySchema } from '../../schemas/recovery.js';
import { NotFoundError, type RecoveryRecord } from '../../store/store.js';
import { assertCalendarDate, utcDate } from '../calendar-date.js';
import { HttpError, notFound } from '../http-error.js';
import { ref } from '../schema-registry.js';
import { userIdOf } from '../types.js';
import { toRecovery } from './records.js';
import { ERROR_RESPONSES, NO_CONTENT } from './responses.js';

const AUTH = { auth: 'user' as const };

/** The recovery if it is this person's; otherwise an audited 404. */
export async function ownRecovery(request: FastifyRequest, id: string, action: string): Promise<RecoveryRecord> {
  const recovery = await request.server.store.recoveries.get(userIdOf(request), id);
  if (!recovery) {
    await request.audit(action, 'recovery', id, 'not_found');
    throw notFound('recovery', 'id');
  }
  return recovery;
}

export const recoveryRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post('/api/v1/recoveries', {
    config: AUTH,
    schema: {
      tags: ['recovery'],
      summary: 'Start following a recovery',
      security: [{ session: [], csrf: [] }],
      body: ref(RecoveryInputSchema),
      response: { 201: ref(RecoverySchema), ...ERROR_RESPONSES },
    },
  }, async (request, reply) => {
    const { onsetDate, title, assessmentId } = request.body;
    assertCalendarDate(onsetDate, 'onsetDate');
    let record: RecoveryRecord;
    try {
      record = await app.store.recoveries.create(userIdOf(request), { onsetDate, title: title ?? null, assessmentId: assessmentId ?? null });
    } catch (error) {
      if (error instanceof NotFoundError) {
        await request.audit('recovery.create', 'assessment', assessmentId ?? null, 'not_found');
        throw new HttpError('not_found', 'No saved assessment of yours has this id.', 'assessmentId');
      }
      throw error;
    }
    await request.audit('recovery.create', 'recovery', record.id, 'ok');
    return reply.code(201).send(toRecovery(record));
  });

  app.get('/api/v1/recoveries', {
    config: AUTH,
    schema: {
      tags: ['recovery'],
      summary: 'My recoveries, newest first',
      security: [{ session: [] }],
      response: { 200: ref(RecoveryListSchema), ...ERROR_RESPONSES },
    },
  }, async (request) => {
    const records = await app.store.recoveries.list(userIdOf(request));
    await request.audit('recovery.list', 'recovery', null, 'ok');
    return { recoveries: records.map(toRecovery) };
  });

  app.get('/api/v1/recoveries/:id', {
    config: AUTH,
    schema: {
      tags: ['recovery'],
      summary: 'One recovery',
      security: [{ session: [] }],
      params: IdParamsSchema,
      response: { 200: ref(RecoverySchema), ...ERROR_RESPONSES },
    },
  }, async (request) => {
    const recovery = await ownRecovery(request, request.params.id, 'recovery.read');
    await request.audit('recovery.read', 'recovery', recovery.id, 'ok');
    return toRecovery(recovery);
  });

  app.delete('/api/v1/recoveries/:id', {
    config: AUTH,
    schema: {
      tags: ['recovery'],
      summary: 'Delete a recovery and its check-ins',
      security: [{ session: [], csrf: [] }],
      params: IdParamsSchema,
      response: { 204: NO_CONTENT, ...ERROR_RESPONSES },
    },
  }, async (request, reply) => {
    const deleted = await app.store.recoveries.delete(userIdOf(request), request.params.id);
    await request.audit('recovery.delete', 'recovery', request.params.id, deleted ? 'ok' : 'not_found');
    if (!deleted) throw notFound('recovery', 'id');
    return reply.code(204).send(null);
  });

  app.get('/api/v1/recoveries/:id/summary', {
    config: AUTH,
    schema: {
      tags: ['recovery'],
      summary: 'Where the recovery stands on a day: phase, trends, alerts (red flags first), plan',
      security: [{ session: [] }],
      params: IdParamsSchema,
      querystring: SummaryQuerySchema,
      response: { 200: ref(RecoverySummarySchema), ...ERROR_RESPONSES },
    },
  }, async (request) => {
    const today = request.query.today ?? utcDate(app.settings.clock());
    assertCalendarDate(today, 'today');
    const userId = userIdOf(request);
    const recovery = await ownRecovery(request, request.params.id, 'recovery.summary');
    const checkIns = await app.store.checkIns.list(userId, recovery.id);
    const measureResults = await app.store.measureResults.list(userId, recovery.id);
    const base = recovery.assessmentId ? await app.store.assessments.get(userId, recovery.assessmentId) : undefined;
    await request.audit('recovery.summary', 'recovery', recovery.id, 'ok');
    return summarizeRecovery({
      onsetDate: recovery.onsetDate,
      today,
      checkIns: checkIns.map((c) => c.data),
      measureResults,
      ...(base ? { baseCase: base.case, patterns: base.assessment.patterns.map((p) => p.id) } : {}),
    });
  });

  app.get('/api/v1/recoveries/:id/series', {
    config: AUTH,
    schema: {
      tags: ['recovery'],
      summary: 'Per-day series of the check-ins, for charts',
      description: 'Every check-in, or with `today` only those up to that day.',
      security: [{ session: [] }],
      params: IdParamsSchema,
      querystring: SummaryQuerySchema,
      response: { 200: ref(RecoverySeriesSchema), ...ERROR_RESPONSES },
    },
  }, async (request) => {
    const { today } = request.query;
    if (today !== undefined) assertCalendarDate(today, 'today');
    const recovery = await ownRecovery(request, request.params.id, 'recovery.series');
    const checkIns = await app.store.checkIns.list(userIdOf(request), recovery.id);
    await request.audit('recovery.series', 'recovery', recovery.id, 'ok');
    return recoverySeries({ onsetDate: recovery.onsetDate, checkIns: checkIns.map((c) => c.data), ...(today ? { today } : {}) });
  });
};
