/**
 * Security headers on every answer, through @fastify/helmet: a strict Content Security Policy
 * (same-origin scripts and styles only, no inline script, no framing, no plugins), no referrer,
 * no MIME sniffing. HSTS only over HTTPS (a browser would otherwise refuse plain-HTTP localhost
 * for a year). API answers may hold health data, so they are never cached.
 */
import helmet from '@fastify/helmet';
import { appWide } from './app-wide.js';

export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  manifestSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
} as const;

/** The same policy as a header value, for routes that set it themselves. */
export function cspHeader(directives: Readonly<Record<string, readonly string[]>> = CSP_DIRECTIVES): string {
  return Object.entries(directives)
    .map(([name, values]) => `${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} ${values.join(' ')}`)
    .join('; ');
}

const HSTS = 'max-age=31536000; includeSubDomains';

export const securityHeadersPlugin = appWide('ksnav-security-headers', async (app) => {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
  });

  app.addHook('onRequest', (request, reply, done) => {
    if (request.protocol === 'https') reply.header('strict-transport-security', HSTS);
    reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()');
    if (request.url.startsWith('/api/') || request.url === '/healthz') reply.header('cache-control', 'no-store');
    done();
  });
});
