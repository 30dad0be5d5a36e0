/**
 * `buildApp({ store })`: the Fastify app, composed of small plugins (errors, body parsing,
 * security headers, store, sessions, CSRF, audit, request log, OpenAPI, web app) and the routes.
 * It listens nowhere by itself: main.ts does, and tests use `app.inject()` or `listen({ port: 0 })`.
 */
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Store } from '../store/store.js';
import { DEFAULT_SCRYPT_COST } from './auth/password-hash.js';
import { clientErrorHandler } from './client-errors.js';
import { costLimitsPlugin, DEFAULT_COST_LIMITS } from './plugins/cost-limits.js';
import { loggerOptions, type LoggingOptions } from './logging.js';
import { auditPlugin } from './plugins/audit.js';
import { bodyParsingPlugin } from './plugins/body-parsing.js';
import { compressionPlugin } from './plugins/compression.js';
import { csrfPlugin } from './plugins/csrf.js';
import { drainOnClosePlugin } from './plugins/drain-on-close.js';
import { answer, errorsPlugin, sendError } from './plugins/errors.js';
import { housekeepingPlugin } from './plugins/housekeeping.js';
import { openApiPlugin } from './plugins/openapi.js';
import { requestLogPlugin } from './plugins/request-log.js';
import { securityHeaderValues, securityHeadersPlugin } from './plugins/security-headers.js';
import { sessionsPlugin } from './plugins/sessions.js';
import { storePlugin } from './plugins/store.js';
import { webAppPlugin } from './plugins/web-app.js';
import { accountRoutes } from './routes/account.js';
import { accountRecoveryRoutes } from './routes/account-recovery.js';
import { assessmentRoutes } from './routes/assessments.js';
import { authRoutes } from './routes/auth.js';
import { calendarFeedRoutes } from './routes/calendar-feed.js';
import { cdsHooksRoutes } from './routes/cds-hooks.js';
import { checkInRoutes } from './routes/check-ins.js';
import { exerciseSheetRoutes } from './routes/exercise-sheet.js';
import { fhirRoutes } from './routes/fhir.js';
import { healthRoutes } from './routes/health.js';
import { interviewRoutes } from './routes/interview.js';
import { knowledgeRoutes } from './routes/knowledge.js';
import { recoveryRoutes } from './routes/recoveries.js';
import { recoveryMeasureRoutes } from './routes/recovery-measures.js';
import { summaryPdfRoutes } from './routes/summary-pdf.js';
import { forRegistry, SHARED_SCHEMAS } from './schema-registry.js';
import type { AppSettings, AuthRateLimit, CostLimitSettings, TrustProxy } from './types.js';

/** web/dist of this package: two folders up from src/server/ and from dist/server/ alike. */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/dist', import.meta.url));

export const BODY_LIMIT = 64 * 1024;
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
export const DEFAULT_AUDIT_RETENTION_DAYS = 180;

export interface BuildAppOptions {
  store: Store;
  /** false for no logs; default info to standard output. */
  logger?: LoggingOptions | false;
  /**
   * Which reverse proxies' X-Forwarded-For/-Proto to believe (client address, HTTPS): a hop count
   * or their addresses/CIDRs. Default false: none. Never "every hop" (config.ts refuses true).
   */
  trustProxy?: TrustProxy;
  /** The built web app; null to serve none. Default web/dist when it exists. */
  webRoot?: string | null;
  /** scrypt N for new password hashes. Lower only in tests; default 2^15. */
  scryptCost?: number;
  /** Default 10 attempts a minute per address and per email. */
  authRateLimit?: AuthRateLimit;
  /** Default 30. */
  sessionDays?: number;
  /** A session unused for this many minutes ends; 0 never. Default 60. */
  sessionIdleMinutes?: number;
  /** Default the system clock. */
  clock?: () => Date;
  /** Days the pseudonymous audit trail of an erased account is kept (0: erased with it). Default 180. */
  auditRetentionDays?: number;
  /** The app's public URL, for links in CDS cards. Default none: cards carry no links. */
  publicUrl?: string | null;
  /**
   * How long a request may take to arrive, headers and body (a slow sender holds a connection no
   * longer); answered 408 in the error shape. Default 30 s; headers alone get at most 10 s.
   */
  requestTimeoutMs?: number;
  /** The CPU budget of the expensive routes; false for none. Default DEFAULT_COST_LIMITS. */
  costLimits?: CostLimitSettings | false;
  /** How often to remove expired sessions and rate-limit windows; 0 (the default) never. */
  housekeepingMs?: number;
}

/** Fastify takes a hop count too, but its types do not say so: the same rule as a function. */
function trustProxyOption(trust: TrustProxy): false | string[] | ((address: string, hop: number) => boolean) {
  return typeof trust === 'number' ? (_address, hop) => hop < trust : trust;
}

export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const settings: AppSettings = {
    scryptCost: options.scryptCost ?? DEFAULT_SCRYPT_COST,
    sessionDays: options.sessionDays ?? 30,
    sessionIdleMinutes: options.sessionIdleMinutes ?? 60,
    authRateLimit: options.authRateLimit ?? { max: 10, windowSeconds: 60 },
    clock: options.clock ?? (() => new Date()),
    publicUrl: options.publicUrl ?? null,
    auditRetentionDays: options.auditRetentionDays ?? DEFAULT_AUDIT_RETENTION_DAYS,
  };

  const requestTimeout = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const securityHeaders = await securityHeaderValues();
  const app = Fastify({
    logger: loggerOptions(options.logger),
    // Fastify's own request lines log the raw URL; the request-log plugin writes ours instead.
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: trustProxyOption(options.trustProxy ?? false),
    bodyLimit: BODY_LIMIT,
    requestTimeout,
    // Node checks the timeouts on this beat (30 s by default, far longer than the timeouts).
    http: { headersTimeout: Math.min(requestTimeout, 10_000), requestTimeout, connectionsCheckingInterval: Math.min(1000, Math.ceil(requestTimeout / 4)) },
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    clientErrorHandler: clientErrorHandler(securityHeaders),
    // A URL that cannot be decoded never reaches a route or its hooks: the same shape and headers anyway.
    frameworkErrors: (_error, request, reply) => {
      reply.headers({ ...securityHeaders, 'cache-control': 'no-store', 'x-request-id': request.id });
      return sendError(reply, answer(400, 'invalid', 'url is not valid: it has a malformed %-escape.', 'url'));
    },
    // The drain-on-close plugin answers requests that arrive while closing, in our error shape.
    return503OnClosing: false,
    ajv: {
      // Unknown fields are errors, not silently dropped; types are never coerced ("42" is not 42).
      customOptions: { removeAdditional: false, coerceTypes: false, useDefaults: false, allErrors: false },
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  for (const schema of SHARED_SCHEMAS) app.addSchema(forRegistry(schema));
  // On the root instance, so that main.ts setting it is seen by every plugin.
  app.decorate('draining', false);

  await app.register(storePlugin, { store: options.store, settings });
  await app.register(errorsPlugin);
  await app.register(bodyParsingPlugin);
  await app.register(requestLogPlugin);
  await app.register(securityHeadersPlugin, { headers: securityHeaders });
  await app.register(drainOnClosePlugin);
  await app.register(compressionPlugin);
  await app.register(sessionsPlugin);
  await app.register(csrfPlugin);
  await app.register(auditPlugin);
  await app.register(costLimitsPlugin, { limits: options.costLimits ?? DEFAULT_COST_LIMITS, clock: settings.clock });
  await app.register(housekeepingPlugin, { everyMs: options.housekeepingMs ?? 0 });
  await app.register(openApiPlugin);
  await app.register(webAppPlugin, { root: options.webRoot === undefined ? DEFAULT_WEB_ROOT : options.webRoot });

  await app.register(healthRoutes);
  await app.register(knowledgeRoutes);
  await app.register(interviewRoutes);
  await app.register(assessmentRoutes);
  await app.register(summaryPdfRoutes);
  await app.register(exerciseSheetRoutes);
  await app.register(authRoutes);
  await app.register(accountRoutes);
  await app.register(accountRecoveryRoutes);
  await app.register(recoveryRoutes);
  await app.register(checkInRoutes);
  await app.register(recoveryMeasureRoutes);
  await app.register(calendarFeedRoutes);
  await app.register(fhirRoutes);
  await app.register(cdsHooksRoutes);

  await app.ready();
  return app;
}
