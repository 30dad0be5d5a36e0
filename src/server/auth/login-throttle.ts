/**
 * Sign-in throttling that slows a password guesser without locking the owner out (OWASP's
 * "device cookies"):
 *
 * - Only failures count, never successful sign-ins.
 * - Per account (its hashed email, known or not, so nothing is revealed): after
 *   LOGIN_FREE_FAILURES failures, each further attempt waits a delay that doubles with every
 *   failure up to LOGIN_MAX_DELAY_SECONDS, a short wait rather than a block. A success clears it.
 * - Per address: at most `authRateLimit.max` failures a window.
 * - A browser that signed in to the account before carries a device cookie (a random token, its
 *   hash stored): for that account it passes both, so however many guesses an attacker makes,
 *   the owner signs in from their own phone or laptop at once. A device cookie that fails
 *   LOGIN_DEVICE_FAILURES times in a row is no longer trusted.
 *
 * Counts live in the database, so every instance behind a load balancer shares them.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from '../http-error.js';
import { emailKey, rateLimitWindow } from '../plugins/rate-limit.js';
import { newToken, tokenHash } from './session-token.js';

export const DEVICE_COOKIE = 'ksnav_device';
export const LOGIN_FREE_FAILURES = 5;
export const LOGIN_MAX_DELAY_SECONDS = 60;
export const LOGIN_DEVICE_FAILURES = 10;
const DEVICE_DAYS = 180;
const DAY_MS = 86_400_000;

/** Seconds an attempt on an account with these failures must still wait (0: it may go). */
export function accountDelaySeconds(failures: number, lastFailureAt: string, now: number): number {
  if (failures < LOGIN_FREE_FAILURES) return 0;
  const delay = Math.min(LOGIN_MAX_DELAY_SECONDS, 2 ** (failures - LOGIN_FREE_FAILURES));
  return Math.max(0, Math.ceil(delay - (now - Date.parse(lastFailureAt)) / 1000));
}

export interface LoginAttempt {
  accountKey: string;
  ipKey: string;
  /** The hash of a device cookie that this account trusts, if the browser sent one. */
  trustedDevice: string | null;
}

/** Refuses (429) an attempt that must wait; returns what to record once the password is checked. */
export async function checkLoginAttempt(request: FastifyRequest, email: string, userId: string | undefined): Promise<LoginAttempt> {
  const { store, settings } = request.server;
  const now = settings.clock();
  const attempt: LoginAttempt = { accountKey: `login:email:${emailKey(email)}`, ipKey: `login-fail:ip:${request.ip}`, trustedDevice: null };
  const cookie = request.cookies[DEVICE_COOKIE];
  if (userId && cookie && cookie.length <= 128) {
    const device = await store.devices.find(tokenHash(cookie), now.toISOString());
    if (device?.userId === userId) attempt.trustedDevice = tokenHash(cookie);
  }
  if (attempt.trustedDevice) return attempt;

  const window = rateLimitWindow(settings);
  if ((await store.rateLimits.peek(attempt.ipKey, window.start)) >= settings.authRateLimit.max) {
    throw tooMany(window.retryAfter, 'from this address');
  }
  const failures = await store.loginFailures.get(attempt.accountKey);
  const wait = failures ? accountDelaySeconds(failures.failures, failures.lastAt, now.getTime()) : 0;
  if (wait > 0) throw tooMany(wait, 'for this account');
  return attempt;
}

export async function recordLoginFailure(request: FastifyRequest, attempt: LoginAttempt): Promise<void> {
  const { store, settings } = request.server;
  const at = settings.clock().toISOString();
  if (attempt.trustedDevice) {
    const deviceKey = `login:device:${attempt.trustedDevice}`;
    if ((await store.loginFailures.record(deviceKey, at)) >= LOGIN_DEVICE_FAILURES) {
      await store.devices.delete(attempt.trustedDevice);
      await store.loginFailures.clear(deviceKey);
    }
    return;
  }
  await store.rateLimits.hit(attempt.ipKey, rateLimitWindow(settings).start);
  await store.loginFailures.record(attempt.accountKey, at);
}

/** After a success: the account's failures are forgotten, and this browser is trusted from now on. */
export async function recordLoginSuccess(request: FastifyRequest, reply: FastifyReply, attempt: LoginAttempt, userId: string): Promise<void> {
  const { store } = request.server;
  await store.loginFailures.clear(attempt.accountKey);
  if (attempt.trustedDevice) await store.loginFailures.clear(`login:device:${attempt.trustedDevice}`);
  await trustThisDevice(request, reply, userId);
}

export async function trustThisDevice(request: FastifyRequest, reply: FastifyReply, userId: string): Promise<void> {
  const now = request.server.settings.clock();
  const expires = new Date(now.getTime() + DEVICE_DAYS * DAY_MS);
  const token = newToken();
  await request.server.store.devices.trust({ idHash: tokenHash(token), userId, createdAt: now.toISOString(), expiresAt: expires.toISOString() });
  reply.setCookie(DEVICE_COOKIE, token, { httpOnly: true, sameSite: 'lax', path: '/api/v1/auth', secure: request.protocol === 'https', expires });
}

function tooMany(seconds: number, what: string): HttpError {
  return new HttpError(
    'rate_limited',
    `Too many failed sign-ins ${what}. Try again in ${seconds} seconds, or sign in from a device you have used before.`,
    undefined,
    { 'retry-after': String(seconds) },
  );
}
