/**
 * Cross-site request forgery, refused twice over for every state-changing method:
 *
 * - a browser's own word: `Sec-Fetch-Site` other than same-origin/none, or an `Origin` whose host
 *   is not ours, is refused (403 cross_site) whether signed in or not;
 * - the session's secret: a request that carries a valid session cookie must also carry the
 *   session's CSRF token in `x-csrf-token` (403 csrf), compared in constant time.
 *
 * Clients that are not browsers send neither header and are unaffected by the first check.
 * Routes marked `crossOrigin` (CDS Hooks: stateless, no session) are meant for other sites' pages.
 */
import type { FastifyRequest } from 'fastify';
import { HttpError } from '../http-error.js';
import { sameSecret } from '../auth/session-token.js';
import { appWide } from './app-wide.js';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
export const CSRF_HEADER = 'x-csrf-token';

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

export const csrfPlugin = appWide('ksnav-csrf', async (app) => {
  app.addHook('onRequest', (request, _reply, done) => {
    done(refusal(request));
  });
});

/** Why this request is refused, or undefined when it may go on. */
function refusal(request: FastifyRequest): HttpError | undefined {
  if (!STATE_CHANGING.has(request.method) || request.routeOptions.config.crossOrigin) return undefined;

  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    return new HttpError('cross_site', 'Requests from other sites are not accepted.');
  }
  const origin = request.headers.origin;
  if (origin !== undefined && originHost(origin) !== request.host) {
    return new HttpError('cross_site', 'Requests from other sites are not accepted.');
  }

  if (!request.session) return undefined;
  const sent = request.headers[CSRF_HEADER];
  if (typeof sent !== 'string' || sent.length === 0) {
    return new HttpError('csrf', `Signed-in changes need the ${CSRF_HEADER} header (from sign-in or GET /api/v1/me).`, CSRF_HEADER);
  }
  if (!sameSecret(sent, request.session.csrfToken)) {
    return new HttpError('csrf', `The ${CSRF_HEADER} header does not match this session.`, CSRF_HEADER);
  }
  return undefined;
}
