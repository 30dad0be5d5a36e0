/**
 * Fixed-window rate limits counted in the database (`store.rateLimits.hit`), so every server
 * instance shares one count and a restart forgets nothing. Used on sign-in, registration and
 * password change: per client address and per account email (hashed, so no address is kept).
 */
import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { HttpError } from '../http-error.js';

export function emailKey(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 32);
}

/** Counts one attempt under each key; 429 with Retry-After once any key is over the limit. */
export async function limitAttempts(request: FastifyRequest, keys: readonly string[]): Promise<void> {
  const { store, settings } = request.server;
  const { max, windowSeconds } = settings.authRateLimit;
  const now = settings.clock().getTime();
  const windowMs = windowSeconds * 1000;
  const start = Math.floor(now / windowMs) * windowMs;
  const windowStart = new Date(start).toISOString();
  for (const key of keys) {
    const count = await store.rateLimits.hit(key, windowStart);
    if (count > max) {
      const retryAfter = Math.max(1, Math.ceil((start + windowMs - now) / 1000));
      throw new HttpError('rate_limited', `Too many attempts. Try again in ${retryAfter} seconds.`, undefined, { 'retry-after': String(retryAfter) });
    }
  }
}
