/**
 * The signed-in person's own account: who am I (with the CSRF token), export everything as JSON,
 * and erase everything (after the password is given again).
 */
import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { DeleteAccountBodySchema, SessionSchema, UserExportSchema } from '../../schemas/api.js';
import { verifyPassword } from '../auth/password-hash.js';
import { HttpError } from '../http-error.js';
import { costOf } from '../plugins/cost-limits.js';
import { limitAttempts } from '../plugins/rate-limit.js';
import { clearSessionCookie } from '../plugins/sessions.js';
import { ref } from '../schema-registry.js';
import { userIdOf } from '../types.js';
import { measureResultsBundle } from '../../fhir/measure-bundle.js';
import { toCheckIn, toRecovery, toSavedAssessment, toUser } from './records.js';
import { toMeasureResult } from './recovery-measures.js';
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
      measureResults: data.measureResults.map(toMeasureResult),
      fhir: measureResultsBundle(data.measureResults, { id: `ksnav-export-${now.slice(0, 10)}`, timestamp: now }),
      audit: data.audit.map((e) => ({ at: e.at, action: e.action, recordType: e.recordType, recordId: e.recordId, outcome: e.outcome })),
    };
  });

  app.delete('/api/v1/me', {
    config: { auth: 'user', rateLimit: costOf('passwordHash') },
    schema: {
      tags: ['account'],
      summary: 'Erase my account and everything stored about me (the password again first)',
      description: 'Needs the current password. Deletes the account, every session, saved assessment, recovery, check-in and measure result of it, then clears '
        + 'the cookie. Its audit trail (who touched which record when: no health data) is kept under a random pseudonym for the retention '
        + 'the operator sets (AUDIT_RETENTION_DAYS), then deleted.',
      security: [{ session: [], csrf: [] }],
      body: ref(DeleteAccountBodySchema),
      response: { 204: NO_CONTENT, ...ERROR_RESPONSES },
    },
  }, async (request, reply) => {
    const userId = userIdOf(request);
    await limitAttempts(request, [`delete:user:${userId}`]);
    const user = await app.store.users.findById(userId);
    if (!user) throw new HttpError('unauthorized', 'Sign in first: this needs an account.');
    if (!(await verifyPassword(request.body.password, user.passwordHash))) {
      await request.audit('account.delete', 'user', userId, 'denied');
      throw new HttpError('wrong_password', 'The password is not right.', 'password');
    }
    const erasedAt = app.settings.clock().toISOString();
    // Random, not derived from the id: nothing links the kept trail back to the person.
    const pseudonym = `erased:${randomUUID()}`;
    const keep = app.settings.auditRetentionDays > 0;
    await app.store.users.deleteWithAllData(userId, keep ? { keepAuditAs: pseudonym, erasedAt } : undefined);
    clearSessionCookie(request, reply);
    request.session = null;
    await request.audit('account.delete', 'user', null, 'ok', keep ? pseudonym : null, keep ? erasedAt : undefined);
    return reply.code(204).send(null);
  });
};
