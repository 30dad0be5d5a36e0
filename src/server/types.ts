/**
 * What the plugins add to Fastify's instance, request and route config, in one place, and the
 * settings the app was built with.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuditEntry, SessionRecord, Store } from '../store/store.js';

export interface AuthRateLimit {
  /** Attempts allowed per window, per client address and per email. */
  max: number;
  windowSeconds: number;
}

/** Which proxies may say who the client is: none, a hop count, or their addresses/CIDRs. */
export type TrustProxy = false | number | string[];

/** The per-instance CPU budget of the expensive routes (plugins/cost-limits.ts). */
export interface CostLimitSettings {
  windowSeconds: number;
  /** Cost units one client may spend a window. */
  clientUnits: number;
  /** Cost units all clients together may spend a window before fair shares apply. */
  instanceUnits: number;
}

export interface AppSettings {
  /** scrypt N for new password hashes. */
  scryptCost: number;
  sessionDays: number;
  /** A session unused for this long ends (0: never). */
  sessionIdleMinutes: number;
  authRateLimit: AuthRateLimit;
  /** The server's clock: session expiry, rate-limit windows, "today" for recovery summaries. */
  clock: () => Date;
  /** How long the pseudonymous audit trail of an erased account is kept; 0: erased with it. */
  auditRetentionDays: number;
  /** Where people reach the app (https://ksnav.clinic.example), for links in CDS cards; never taken from Host. */
  publicUrl: string | null;
}

export type AuditOutcome = AuditEntry['outcome'];

declare module 'fastify' {
  interface FastifyInstance {
    store: Store;
    settings: AppSettings;
    /** Set when shutting down: /healthz answers 503 `draining` so load balancers stop sending, while requests are still served. */
    draining: boolean;
    /** Serves the web app's index.html for a page request; false when it does not apply. */
    serveWebApp: (request: FastifyRequest, reply: FastifyReply) => boolean;
  }
  interface FastifyRequest {
    /** The signed-in session, or null for an anonymous request. */
    session: SessionRecord | null;
    /** Records who did what to which record; never the record's content. */
    audit(action: string, recordType: string, recordId: string | null, outcome: AuditOutcome, userId?: string | null, erasedAt?: string): Promise<void>;
  }
  interface FastifyContextConfig {
    /** 'user': a signed-in session is required (401 without). */
    auth?: 'user';
    /**
     * A stateless route meant to be called from other sites' pages (CDS Hooks): it uses no
     * session, so the CSRF and origin checks do not apply, and it answers CORS requests.
     */
    crossOrigin?: boolean;
  }
}

/** The signed-in user's id; only call on routes with `config: { auth: 'user' }`. */
export function userIdOf(request: FastifyRequest): string {
  if (!request.session) throw new Error('userIdOf called on a route without auth: user');
  return request.session.userId;
}
