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
import { loggerOptions, type LoggingOptions } from './logging.js';
import { auditPlugin } from './plugins/audit.js';
import { bodyParsingPlugin } from './plugins/body-parsing.js';
import { compressionPlugin } from './plugins/compression.js';
import { csrfPlugin } from './plugins/csrf.js';
import { drainOnClosePlugin } from './plugins/drain-on-close.js';
import { errorsPlugin } from './plugins/errors.js';
import { housekeepingPlugin } from './plugins/housekeeping.js';
import { openApiPlugin } from './plugins/openapi.js';
import { requestLogPlugin } from './plugins/request-log.js';
import { securityHeadersPlugin } from './plugins/security-headers.js';
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
import { summaryPdfRoutes } from './routes/summary-pdf.js';
import { forRegistry, SHARED_SCHEMAS } from './schema-registry.js';
import type { AppSettings, AuthRateLimit } from './types.js';

/** web/dist of this package: two folders up from src/server/ and from dist/server/ alike. */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/dist', import.meta.url));

export const BODY_LIMIT = 64 * 1024;

export interface BuildAppOptions {
  store: Store;
  /** false for no logs; default info to standard output. */
  logger?: LoggingOptions | false;
  /** Trust X-Forwarded-For/-Proto from a reverse proxy (client address, HTTPS). Default false. */
  trustProxy?: boolean;
  /** The built web app; null to serve none. Default web/dist when it exists. */
  webRoot?: string | null;
  /** scrypt N for new password hashes. Lower only in tests; default 2^15. */
  scryptCost?: number;
  /** Default 10 attempts a minute per address and per email. */
  authRateLimit?: AuthRateLimit;
  /** Default 30. */
  sessionDays?: number;
  /** Default the system clock. */
  clock?: () => Date;
  /** How often to remove expired sessions and rate-limit windows; 0 (the default) never. */
  housekeepingMs?: number;
}

export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const settings: AppSettings = {
    scryptCost: options.scryptCost ?? DEFAULT_SCRYPT_COST,
    sessionDays: options.sessionDays ?? 30,
    authRateLimit: options.authRateLimit ?? { max: 10, windowSeconds: 60 },
    clock: options.clock ?? (() => new Date()),
  };

  const app = Fastify({
    logger: loggerOptions(options.logger),
    // Fastify's own request lines log the raw URL; the request-log plugin writes ours instead.
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: options.trustProxy ?? false,
    bodyLimit: BODY_LIMIT,
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    clientErrorHandler,
    // The drain-on-close plugin answers requests that arrive while closing, in our error shape.
    return503OnClosing: false,
    ajv: {
      // Unknown fields are errors, not silently dropped; types are never coerced ("42" is not 42).
      customOptions: { removeAdditional: false, coerceTypes: false, useDefaults: false, allErrors: false },
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  for (const schema of SHARED_SCHEMAS) app.addSchema(forRegistry(schema));

  await app.register(storePlugin, { store: options.store, settings });
  await app.register(errorsPlugin);
  await app.register(bodyParsingPlugin);
  await app.register(requestLogPlugin);
  await app.register(drainOnClosePlugin);
  await app.register(securityHeadersPlugin);
  await app.register(compressionPlugin);
  await app.register(sessionsPlugin);
  await app.register(csrfPlugin);
  await app.register(auditPlugin);
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
  await app.register(calendarFeedRoutes);
  await app.register(fhirRoutes);
  await app.register(cdsHooksRoutes);

  await app.ready();
  return app;
}
