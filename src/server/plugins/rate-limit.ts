/**
 * Fixed-window rate limits counted in the database (`store.rateLimits.hit`), so every server
 * instance shares one count and a restart forgets nothing. Used on registration and password
 * change, per client address and per account email (hashed, so no address is kept); sign-in has
 * its own throttle (auth/login-throttle.ts) that never locks the owner out.
 */
import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { HttpError } from '../http-error.js';
import type { AppSettings } from '../types.js';

export function emailKey(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 32);
}

/** The fixed window `now` falls in: its start (as stored) and the seconds left of it. */
export function rateLimitWindow(settings: AppSettings): { start: string; retryAfter: number } {
  const now = settings.clock().getTime();
  const windowMs = settings.authRateLimit.windowSeconds * 1000;
  const start = Math.floor(now / windowMs) * windowMs;
  return { start: new Date(start).toISOString(), retryAfter: Math.max(1, Math.ceil((start + windowMs - now) / 1000)) };
}

/** Counts one attempt under each key; 429 with Retry-After once any key is over the limit. */
export async function limitAttempts(request: FastifyRequest, keys: readonly string[]): Promise<void> {
  const { store, settings } = request.server;
  const window = rateLimitWindow(settings);
  for (const key of keys) {
    const count = await store.rateLimits.hit(key, window.start);
    if (count > settings.authRateLimit.max) {
      throw new HttpError('rate_limited', `Too many attempts. Try again in ${window.retryAfter} seconds.`, undefined, { 'retry-after': String(window.retryAfter) });
    }
  }
}
