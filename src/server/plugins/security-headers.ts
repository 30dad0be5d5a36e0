/**
 * Security headers on every answer, through @fastify/helmet: a strict Content Security Policy
 * (same-origin scripts and styles only, no inline script, no framing, no plugins), no referrer,
 * no MIME sniffing. HSTS only over HTTPS (a browser would otherwise refuse plain-HTTP localhost
 * for a year). API, FHIR and CDS Hooks answers may hold health data, so they are never cached.
 */
import helmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import Fastify from 'fastify';
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

export const HELMET_OPTIONS: FastifyHelmetOptions = {
  contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
  strictTransportSecurity: false,
  crossOriginEmbedderPolicy: false,
  referrerPolicy: { policy: 'no-referrer' },
  frameguard: { action: 'deny' },
};

const NOT_HELMETS = new Set(['content-type', 'content-length', 'date', 'connection', 'keep-alive']);

/**
 * The headers @fastify/helmet sends for these options, worked out once at start-up on a probe
 * instance. The values are helmet's own; only the work moves: the plugin builds a new helmet
 * middleware (parsing the CSP directives again) on every request, which was a measurable share of
 * an assessment's time.
 */
export async function helmetHeaders(options: FastifyHelmetOptions = HELMET_OPTIONS): Promise<Record<string, string>> {
  const probe = Fastify({ logger: false });
  try {
    await probe.register(helmet, options);
    probe.get('/', async () => 'probe');
    const res = await probe.inject({ method: 'GET', url: '/' });
    return Object.fromEntries(Object.entries(res.headers).filter(([name]) => !NOT_HELMETS.has(name)).map(([name, value]) => [name, String(value)]));
  } finally {
    await probe.close();
  }
}

/** Paths whose answers are JSON data that can hold health data (or say something about the server's state). */
const DATA_PREFIXES = ['/api/', '/fhir/', '/cds-services', '/healthz'];

/**
 * The headers OWASP's REST Security Cheat Sheet asks of every API answer (no caching, no framing,
 * no MIME sniffing; HSTS over HTTPS), with a policy that lets such an answer load nothing even if
 * opened as a page, and no referrer. Helmet's other headers protect HTML documents and mean
 * nothing on JSON, and each costs time on every answer: the pages and the docs keep the full set.
 * https://cheatsheetseries.owasp.org/cheatsheets/REST_Security_Cheat_Sheet.html#security-headers
 */
const API_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

/** Answers that are JSON data, never a page: the API, FHIR, CDS Hooks, the health check (the docs, at /docs, are pages). */
function isDataAnswer(url: string): boolean {
  return DATA_PREFIXES.some((prefix) => url.startsWith(prefix));
}

/**
 * Never cached: every answer of the API, FHIR and CDS Hooks routes and the health check, and
 * every answer to a state-changing method. Only the web app's own files (which set their own
 * Cache-Control) and the API documents are left to the defaults.
 */
export function mayHoldHealthData(method: string, url: string): boolean {
  return (method !== 'GET' && method !== 'HEAD') || isDataAnswer(url);
}

/** Every security header an answer carries (HSTS aside, which depends on the protocol). */
export async function securityHeaderValues(): Promise<Record<string, string>> {
  return { ...(await helmetHeaders()), 'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' };
}

export const securityHeadersPlugin = appWide<{ headers: Record<string, string> }>('ksnav-security-headers', async (app, options) => {
  const { headers } = options;
  app.addHook('onRequest', (request, reply, done) => {
    if (isDataAnswer(request.url)) reply.headers(API_HEADERS);
    else {
      reply.headers(headers);
      if (mayHoldHealthData(request.method, request.url)) reply.header('cache-control', 'no-store');
    }
    if (request.protocol === 'https') reply.header('strict-transport-security', HSTS);
    done();
  });
});
