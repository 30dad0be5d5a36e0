/**
 * Reminders without a third party: a private iCalendar feed per recovery. Its owner makes it
 * (a new random token; only its sha-256 is stored, and the address is shown once), reads its
 * settings and revokes it; a calendar app fetches `/calendar/<token>.ics` with no cookie, so the
 * token is the key and a revoked one answers 404 like any unknown one.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { summarizeRecovery } from '../../recovery/summary.js';
import { IdParamsSchema } from '../../schemas/api.js';
import { CalendarFeedSchema, CalendarFeedSettingsSchema } from '../../schemas/calendar.js';
import { PROGRAMME_LAST_DAY } from '../../knowledge/recovery.js';
import { NotFoundError } from '../../store/store.js';
import { newToken, tokenHash } from '../auth/session-token.js';
import { utcDate } from '../calendar-date.js';
import { recoveryFeed, isTimeZone } from '../calendar/recovery-feed.js';
import { HttpError, notFound } from '../http-error.js';
import { ref } from '../schema-registry.js';
import { userIdOf } from '../types.js';
import { ERROR_RESPONSES, NO_CONTENT } from './responses.js';

const AUTH = { auth: 'user' as const };
/** Reminders run to the end of the article's programme, and at least four weeks from today. */
const MIN_DAYS = 28;

const FeedFileParams = Type.Object(
  { file: Type.String({ pattern: '^[A-Za-z0-9_-]{43}\\.ics$', description: '<token>.ics' }) },
  { additionalProperties: false },
);

const ICS_RESPONSE = {
  description: 'the reminders as an iCalendar (RFC 5545) feed',
  content: { 'text/calendar': { schema: { type: 'string' } } },
};

function addDays(date: string, n: number): string {
  const t = new Date(`${date}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
}

export const calendarFeedRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.put('/api/v1/recoveries/:id/calendar-feed', {
    config: AUTH,
    schema: {
      tags: ['recovery'],
      summary: 'Make (or remake) the private calendar feed of reminders',
      description: 'A new address each time: the old one stops working. The address is in this answer only.',
      security: [{ session: [], csrf: [] }],
      params: IdParamsSchema,
      body: ref(CalendarFeedSettingsSchema),
      response: { 201: ref(CalendarFeedSchema), ...ERROR_RESPONSES },
    },
  }, async (request, reply) => {
    const settings = request.body;
    // Whose recovery first: another person's id answers exactly as a missing one.
    const owned = await app.store.recoveries.get(userIdOf(request), request.params.id);
    if (!owned) {
      await request.audit('calendar.create', 'recovery', request.params.id, 'not_found');
      throw notFound('recovery', 'id');
    }
    if (!isTimeZone(settings.timeZone)) throw new HttpError('invalid', 'Choose a time zone such as Europe/London.', 'timeZone');
    if (!settings.checkInTime && settings.sessionTimes.length === 0 && !settings.weeklyMeasures) {
      throw new HttpError('invalid', 'Choose at least one reminder: the check-in, a session or the weekly look.', 'sessionTimes');
    }
    const token = newToken();
    let record;
    try {
      record = await app.store.calendarFeeds.put(userIdOf(request), request.params.id, { tokenHash: tokenHash(token), settings });
    } catch (error) {
      if (error instanceof NotFoundError) {
        await request.audit('calendar.create', 'recovery', request.params.id, 'not_found');
        throw notFound('recovery', 'id');
      }
      throw error;
    }
    await request.audit('calendar.create', 'recovery', request.params.id, 'ok');
    const host = request.host;
    const url = `${request.protocol}://${host}/calendar/${token}.ics`;
    return reply.code(201).send({ settings: record.settings, createdAt: record.createdAt, url, webcalUrl: `webcal://${host}/calendar/${token}.ics` });
  });

  app.get('/api/v1/recoveries/:id/calendar-feed', {
    config: AUTH,
    schema: {
      tags: ['recovery'],
      summary: "The calendar feed's settings (not its address, which is shown only when made)",
      security: [{ session: [] }],
      params: IdParamsSchema,
      response: { 200: ref(CalendarFeedSchema), ...ERROR_RESPONSES },
    },
  }, async (request) => {
    const record = await app.store.calendarFeeds.get(userIdOf(request), request.params.id);
    await request.audit('calendar.read', 'recovery', request.params.id, record ? 'ok' : 'not_found');
    if (!record) throw new HttpError('not_found', 'This recovery has no calendar feed.', 'id');
    return { settings: record.settings, createdAt: record.createdAt };
  });

  app.delete('/api/v1/recoveries/:id/calendar-feed', {
    config: AUTH,
    schema: {
      tags: ['recovery'],
      summary: 'Revoke the calendar feed: its address answers 404 from now on',
      security: [{ session: [], csrf: [] }],
      params: IdParamsSchema,
      response: { 204: NO_CONTENT, ...ERROR_RESPONSES },
    },
  }, async (request, reply) => {
    const deleted = await app.store.calendarFeeds.delete(userIdOf(request), request.params.id);
    await request.audit('calendar.revoke', 'recovery', request.params.id, deleted ? 'ok' : 'not_found');
    if (!deleted) throw new HttpError('not_found', 'This recovery has no calendar feed.', 'id');
    return reply.code(204).send(null);
  });

  app.get('/calendar/:file', {
    schema: {
      tags: ['recovery'],
      summary: 'A private calendar feed (iCalendar), for calendar apps',
      params: FeedFileParams,
      response: { 200: ICS_RESPONSE, ...ERROR_RESPONSES },
    },
  }, async (request, reply) => {
    const token = request.params.file.slice(0, -'.ics'.length);
    const feed = await app.store.calendarFeeds.findByTokenHash(tokenHash(token));
    if (!feed) throw new HttpError('not_found', 'No calendar here: the address is wrong or was revoked.');
    const recovery = await app.store.recoveries.get(feed.userId, feed.recoveryId);
    if (!recovery) throw new HttpError('not_found', 'No calendar here: the address is wrong or was revoked.');
    await request.audit('calendar.feed', 'recovery', recovery.id, 'ok', feed.userId);
    const today = utcDate(app.settings.clock());
    // A fixed first day (when the feed was made) keeps each event the same from one fetch to the next.
    const from = feed.createdAt.slice(0, 10);
    const until = [addDays(recovery.onsetDate, PROGRAMME_LAST_DAY), addDays(today, MIN_DAYS), addDays(from, MIN_DAYS)].sort().at(-1)!;
    let exercises: string[] = [];
    if (feed.settings.showExercises) {
      // The same plan the dashboard shows today.
      const checkIns = await app.store.checkIns.list(feed.userId, recovery.id);
      const base = recovery.assessmentId ? await app.store.assessments.get(feed.userId, recovery.assessmentId) : undefined;
      exercises = summarizeRecovery({
        onsetDate: recovery.onsetDate, today, checkIns: checkIns.map((c) => c.data),
        ...(base ? { baseCase: base.case, patterns: base.assessment.patterns.map((p) => p.id) } : {}),
      }).plan.exercises.map((e) => e.title);
    }
    const ics = recoveryFeed({
      recoveryId: recovery.id, settings: feed.settings, from, until,
      origin: `${request.protocol}://${request.host}`, exercises,
    });
    return reply
      .type('text/calendar; charset=utf-8')
      .header('cache-control', 'private, no-store')
      .header('content-disposition', 'inline; filename="recovery-reminders.ics"')
      .send(ics);
  });
};
