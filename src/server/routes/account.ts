/**
 * The signed-in person's own account: who am I (with the CSRF token), export everything as JSON,
 * and erase everything.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { SessionSchema, UserExportSchema } from '../../schemas/api.js';
import { HttpError } from '../http-error.js';
import { clearSessionCookie } from '../plugins/sessions.js';
import { ref } from '../schema-registry.js';
import { userIdOf } from '../types.js';
import { toCheckIn, toRecovery, toSavedAssessment, toUser } from './records.js';
import { ERROR_RESPONSES, NO_CONTENT } from './responses.js';

export const accountRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/v1/me', {
    config: { auth: 'user' },
    schema: {
      tags: ['account'],
      summary: 'The signed-in account and its CSRF token',
      security: [{ session: [] }],
      response: { 200: ref(SessionSchema), ...ERROR_RESPONSES },
    },
  }, async (request) => {
    const user = await app.store.users.findById(userIdOf(request));
    if (!user) throw new HttpError('unauthorized', 'Sign in first: this needs an account.');
    return { user: toUser(user), csrfToken: request.session!.csrfToken };
  });

  app.get('/api/v1/me/export', {
    config: { auth: 'user' },
    schema: {
      tags: ['account'],
      summary: 'Everything stored about me, as JSON',
      security: [{ session: [] }],
      response: { 200: ref(UserExportSchema), ...ERROR_RESPONSES },
    },
  }, async (request, reply) => {
    const userId = userIdOf(request);
    await request.audit('account.export', 'user', userId, 'ok');
    const data = await app.store.users.exportAll(userId);
    if (!data) throw new HttpError('unauthorized', 'Sign in first: this needs an account.');
    const now = app.settings.clock().toISOString();
    reply.header('content-disposition', `attachment; filename="ksnav-export-${now.slice(0, 10)}.json"`);
    return {
      exportedAt: now,
      user: toUser(data.user),
      assessments: data.assessments.map(toSavedAssessment),
      recoveries: data.recoveries.map(toRecovery),
      checkIns: data.checkIns.map(toCheckIn),
      calendarFeeds: data.calendarFeeds,
      audit: data.audit.map((e) => ({ at: e.at, action: e.action, recordType: e.recordType, recordId: e.recordId, outcome: e.outcome })),
    };
  });

  app.delete('/api/v1/me', {
    config: { auth: 'user' },
    schema: {
      tags: ['account'],
      summary: 'Erase my account and everything stored about me',
      description: 'Deletes the account, every session, saved assessment, recovery, check-in and audit entry of it, then clears the cookie.',
      security: [{ session: [], csrf: [] }],
      response: { 204: NO_CONTENT, ...ERROR_RESPONSES },
    },
  }, async (request, reply) => {
    await app.store.users.deleteWithAllData(userIdOf(request));
    clearSessionCookie(request, reply);
    request.session = null;
    // That an account was erased, with nothing that links it to the person.
    await request.audit('account.delete', 'user', null, 'ok', null);
    return reply.code(204).send(null);
  });
};
