/**
 * A way back in after a forgotten password, for an instance without mail: the reset link an
 * operator issued (`ksnav reset-link`, see auth/reset-link.ts) sets a new password once, signs
 * out every session of the account, and signs this browser in. Rate limited per address; a
 * wrong, used or expired link gets one answer.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { SessionSchema } from '../../schemas/api.js';
import { PasswordResetBodySchema } from '../../schemas/account-recovery.js';
import { hashPassword } from '../auth/password-hash.js';
import { weakPasswordReason } from '../auth/password-strength.js';
import { costOf } from '../plugins/cost-limits.js';
import { tokenHash } from '../auth/session-token.js';
import { HttpError } from '../http-error.js';
import { limitAttempts } from '../plugins/rate-limit.js';
import { endSession, startSession } from '../plugins/sessions.js';
import { ref } from '../schema-registry.js';
import { toUser } from './records.js';
import { ERROR_RESPONSES } from './responses.js';

export const accountRecoveryRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post('/api/v1/auth/reset', {
    // Hashing a password is the dearest thing the server does: it counts against the cost budget.
    config: { rateLimit: costOf('passwordHash') },
    schema: {
      tags: ['account'],
      summary: 'Set a new password with a reset link (issued by an operator with `ksnav reset-link`), and sign in',
      body: PasswordResetBodySchema,
      response: { 200: ref(SessionSchema), ...ERROR_RESPONSES },
    },
  }, async (request, reply) => {
    await limitAttempts(request, [`reset:ip:${request.ip}`]);
    const { token, newPassword } = request.body;
    // The same strength rule as registration and a password change, checked before the one-time
    // link is spent, so a weak choice leaves the link usable.
    const weak = await weakPasswordReason(newPassword, '');
    if (weak) throw new HttpError('invalid', `new${weak[0]!.toUpperCase()}${weak.slice(1)}`, 'newPassword');
    const now = app.settings.clock().toISOString();
    const userId = await app.store.passwordResets.consume(tokenHash(token), now);
    const user = userId === undefined ? undefined : await app.store.users.findById(userId);
    if (!user) {
      await request.audit('auth.reset', 'user', null, 'denied', null);
      throw new HttpError('invalid', 'This reset link has expired or has already been used. Ask for a new one.', 'token');
    }
    await app.store.users.updatePasswordHash(user.id, await hashPassword(newPassword, app.settings.scryptCost));
    await app.store.sessions.deleteAllForUser(user.id);
    await endSession(request, reply);
    const session = await startSession(request, reply, user.id);
    await request.audit('auth.reset', 'user', user.id, 'ok', user.id);
    return { user: toUser(user), csrfToken: session.csrfToken };
  });
};
