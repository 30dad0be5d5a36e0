/**
 * Sessions in the database, so any server instance can serve any request and a restart signs no
 * one out. The cookie `ksnav_session` holds 32 random bytes; the store keeps only their sha-256.
 * HttpOnly, SameSite=Lax, Path=/, Secure over HTTPS; expires after `sessionDays`, or sooner when
 * unused for `sessionIdleMinutes`.
 *
 * Every request with the cookie looks its session up once (onRequest); a route with
 * `config: { auth: 'user' }` answers 401 without one. Requests without the cookie touch no table.
 */
import cookie from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SessionRecord } from '../../store/store.js';
import { HttpError } from '../http-error.js';
import { newToken, tokenHash } from '../auth/session-token.js';
import { appWide } from './app-wide.js';

export const SESSION_COOKIE = 'ksnav_session';

const DAY_MS = 24 * 60 * 60 * 1000;

function cookieOptions(request: FastifyRequest) {
  return { httpOnly: true, sameSite: 'lax' as const, path: '/', secure: request.protocol === 'https' };
}

/** Creates a session for the user, sets its cookie, and returns it (with its CSRF token). */
export async function startSession(request: FastifyRequest, reply: FastifyReply, userId: string): Promise<SessionRecord> {
  const { store, settings } = request.server;
  const token = newToken();
  const now = settings.clock();
  const expires = new Date(now.getTime() + settings.sessionDays * DAY_MS);
  const session: SessionRecord = {
    idHash: tokenHash(token),
    userId,
    csrfToken: newToken(),
    createdAt: now.toISOString(),
    expiresAt: expires.toISOString(),
    lastSeenAt: now.toISOString(),
  };
  await store.sessions.create(session);
  reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions(request), expires });
  request.session = session;
  return session;
}

/** Ends the current session, if any, and clears the cookie. */
export async function endSession(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (request.session) await request.server.store.sessions.delete(request.session.idHash);
  clearSessionCookie(request, reply);
  request.session = null;
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, cookieOptions(request));
}

export const sessionsPlugin = appWide('ksnav-sessions', async (app) => {
  await app.register(cookie);
  app.decorateRequest('session', null);

  // Callback-style, not async: a request without the cookie (most of them) costs no promise.
  app.addHook('onRequest', (request, _reply, done) => {
    const needsUser = request.routeOptions.config.auth === 'user';
    const token = request.cookies[SESSION_COOKIE];
    if (!token || token.length > 128) {
      done(needsUser ? unauthorized() : undefined);
      return;
    }
    const now = app.settings.clock();
    app.store.sessions.find(tokenHash(token), now.toISOString()).then(
      async (found) => {
        const live = found ? await stillActive(found, now) : undefined;
        request.session = live ?? null;
        done(needsUser && !live ? unauthorized() : undefined);
      },
      done,
    ).catch(done);
  });

  /**
   * The idle timeout: a session unused for `sessionIdleMinutes` is ended. Its last use is written
   * at most once a minute (or a tenth of the timeout), not on every request.
   */
  async function stillActive(session: SessionRecord, now: Date): Promise<SessionRecord | undefined> {
    const idleMs = app.settings.sessionIdleMinutes * 60_000;
    if (idleMs <= 0) return session;
    const lastSeen = Date.parse(session.lastSeenAt ?? session.createdAt);
    if (now.getTime() - lastSeen >= idleMs) {
      await app.store.sessions.delete(session.idHash);
      return undefined;
    }
    if (now.getTime() - lastSeen >= Math.min(60_000, idleMs / 10)) await app.store.sessions.touch(session.idHash, now.toISOString());
    return session;
  }
});

function unauthorized(): HttpError {
  return new HttpError('unauthorized', 'Sign in first: this needs an account.');
}
