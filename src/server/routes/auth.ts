/**
 * Accounts: register, sign in, sign out, change the password. Registration is rate limited per
 * client address and per email; sign-in is throttled without locking the owner out
 * (auth/login-throttle.ts). A wrong email and a wrong password get the same answer in about the
 * same time. Changing the password needs the current one and signs out every
 * other session.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { LoginBodySchema, PasswordChangeBodySchema, RegisterAcceptedSchema, RegisterBodySchema, SessionSchema } from '../../schemas/api.js';
import { ConflictError } from '../../store/store.js';
import { checkLoginAttempt, recordLoginFailure, recordLoginSuccess } from '../auth/login-throttle.js';
import { hashPassword, verifyAgainstNothing, verifyPassword } from '../auth/password-hash.js';
import { weakPasswordReason } from '../auth/password-strength.js';
import { HttpError } from '../http-error.js';
import { costOf } from '../plugins/cost-limits.js';
import { emailKey, limitAttempts } from '../plugins/rate-limit.js';
import { endSession, startSession } from '../plugins/sessions.js';
import { ref } from '../schema-registry.js';
import { userIdOf } from '../types.js';
import { toUser } from './records.js';
import { ERROR_RESPONSES, NO_CONTENT } from './responses.js';

const REGISTERED = 'If this email had no account, it has one now: sign in with this email and password. If it had one already, sign in with its password.';

export const authRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post('/api/v1/auth/register', {
    config: { rateLimit: costOf('passwordHash') },
    schema: {
      tags: ['account'],
      summary: 'Create an account (then sign in with it)',
      description: 'Answers 202 alike whether the email was new or already had an account, in about the same time, and signs no one in: '
        + 'sign in next with the same email and password. A password that is too easy to guess is refused (400, field password).',
      body: ref(RegisterBodySchema),
      response: { 202: ref(RegisterAcceptedSchema), ...ERROR_RESPONSES },
    },
  }, async (request, reply) => {
    const { email, password } = request.body;
    const weak = await weakPasswordReason(password, email);
    if (weak) throw new HttpError('invalid', weak, 'password');
    await limitAttempts(request, [`register:ip:${request.ip}`, `register:email:${emailKey(email)}`]);
    // Hashed either way, so a taken email answers in the same time as a new one.
    const passwordHash = await hashPassword(password, app.settings.scryptCost);
    try {
      const user = await app.store.users.create({ email, passwordHash });
      await request.audit('account.register', 'user', user.id, 'ok', user.id);
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      // The owner sees in their export that someone tried to register with their email.
      const owner = await app.store.users.findByEmail(email);
      await request.audit('account.register', 'user', owner?.id ?? null, 'denied', owner?.id ?? null);
    }
    return reply.code(202).send({ accepted: true as const, message: REGISTERED });
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
      summary: 'Change the password (signs out every session; this one continues under a new token)',
      description: 'Every session of the account ends, this one included; this browser gets a new session cookie and CSRF token at once, '
        + 'so a session token that leaked before the change is worth nothing after it.',
      security: [{ session: [], csrf: [] }],
      body: ref(PasswordChangeBodySchema),
      response: { 200: ref(SessionSchema), ...ERROR_RESPONSES },
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
    const weak = await weakPasswordReason(request.body.newPassword, user.email);
    if (weak) throw new HttpError('invalid', `new${weak[0]!.toUpperCase()}${weak.slice(1)}`, 'newPassword');
    await app.store.users.updatePasswordHash(userId, await hashPassword(request.body.newPassword, app.settings.scryptCost));
    await app.store.sessions.deleteAllForUser(userId);
    const session = await startSession(request, reply, userId);
    await request.audit('auth.password', 'user', userId, 'ok');
    return { user: toUser(user), csrfToken: session.csrfToken };
  });
};
