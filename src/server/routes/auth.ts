/**
 * Accounts: register, sign in, sign out, change the password. Registration is rate limited per
 * client address and per email; sign-in is throttled without locking the owner out
 * (auth/login-throttle.ts). A wrong email and a wrong password get the same answer in about the
 * same time. Changing the password needs the current one and signs out every
 * other session.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { LoginBodySchema, PasswordChangeBodySchema, RegisterBodySchema, SessionSchema } from '../../schemas/api.js';
import { ConflictError } from '../../store/store.js';
import { checkLoginAttempt, recordLoginFailure, recordLoginSuccess } from '../auth/login-throttle.js';
import { hashPassword, verifyAgainstNothing, verifyPassword } from '../auth/password-hash.js';
import { HttpError } from '../http-error.js';
import { costOf } from '../plugins/cost-limits.js';
import { emailKey, limitAttempts } from '../plugins/rate-limit.js';
import { endSession, startSession } from '../plugins/sessions.js';
import { ref } from '../schema-registry.js';
import { userIdOf } from '../types.js';
import { toUser } from './records.js';
import { ERROR_RESPONSES, NO_CONTENT } from './responses.js';

export const authRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post('/api/v1/auth/register', {
    config: { rateLimit: costOf('passwordHash') },
    schema: {
      tags: ['account'],
      summary: 'Create an account and sign in',
      body: ref(RegisterBodySchema),
      response: { 201: ref(SessionSchema), ...ERROR_RESPONSES },
    },
  }, async (request, reply) => {
    const { email, password } = request.body;
    await limitAttempts(request, [`register:ip:${request.ip}`, `register:email:${emailKey(email)}`]);
    const passwordHash = await hashPassword(password, app.settings.scryptCost);
    let user;
    try {
      user = await app.store.users.create({ email, passwordHash });
    } catch (error) {
      if (error instanceof ConflictError) throw new HttpError('conflict', 'An account with this email already exists. Sign in instead.', 'email');
      throw error;
    }
    await endSession(request, reply);
    const session = await startSession(request, reply, user.id);
    await request.audit('account.register', 'user', user.id, 'ok', user.id);
    return reply.code(201).send({ user: toUser(user), csrfToken: session.csrfToken });
  });

  app.post('/api/v1/auth/login', {
    config: { rateLimit: costOf('passwordHash') },
    schema: {
      tags: ['account'],
      summary: 'Sign in',
      body: ref(LoginBodySchema),
      response: { 200: ref(SessionSchema), ...ERROR_RESPONSES },
    },
  }, async (request, reply) => {
    const { email, password } = request.body;
    const user = await app.store.users.findByEmail(email);
    const attempt = await checkLoginAttempt(request, email, user?.id);
    const ok = user ? await verifyPassword(password, user.passwordHash) : await verifyAgainstNothing(password, app.settings.scryptCost);
    if (!user || !ok) {
      await recordLoginFailure(request, attempt);
      await request.audit('auth.login', 'user', user?.id ?? null, 'denied', user?.id ?? null);
      throw new HttpError('unauthorized', 'The email or the password is not right.');
    }
    await recordLoginSuccess(request, reply, attempt, user.id);
    await endSession(request, reply);
    const session = await startSession(request, reply, user.id);
    await request.audit('auth.login', 'user', user.id, 'ok', user.id);
    return { user: toUser(user), csrfToken: session.csrfToken };
  });

  app.post('/api/v1/auth/logout', {
    schema: {
      tags: ['account'],
      summary: 'Sign out (ends this session)',
      response: { 204: NO_CONTENT, ...ERROR_RESPONSES },
    },
  }, async (request, reply) => {
    const userId = request.session?.userId;
    await endSession(request, reply);
    if (userId) await request.audit('auth.logout', 'user', userId, 'ok', userId);
    return reply.code(204).send(null);
  });

  app.post('/api/v1/auth/password', {
    config: { auth: 'user', rateLimit: costOf('passwordHash') },
    schema: {
      tags: ['account'],
      summary: 'Change the password (signs out every other session)',
      security: [{ session: [], csrf: [] }],
      body: ref(PasswordChangeBodySchema),
      response: { 204: NO_CONTENT, ...ERROR_RESPONSES },
    },
  }, async (request, reply) => {
    const userId = userIdOf(request);
    await limitAttempts(request, [`password:user:${userId}`]);
    const user = await app.store.users.findById(userId);
    if (!user) throw new HttpError('unauthorized', 'Sign in first: this needs an account.');
    if (!(await verifyPassword(request.body.currentPassword, user.passwordHash))) {
      await request.audit('auth.password', 'user', userId, 'denied');
      throw new HttpError('wrong_password', 'The current password is not right.', 'currentPassword');
    }
    await app.store.users.updatePasswordHash(userId, await hashPassword(request.body.newPassword, app.settings.scryptCost));
    await app.store.sessions.deleteAllForUser(userId, request.session?.idHash);
    await request.audit('auth.password', 'user', userId, 'ok');
    return reply.code(204).send(null);
  });
};
