/**
 * CPU-protecting rate limits on the expensive routes, through @fastify/rate-limit with our own
 * store: a per-instance cost budget (limits/cost-budget.ts) with a fair share, in memory, so a
 * limited request costs no database round trip. A route joins with `config: { rateLimit:
 * costOf('summaryPdf') }`; routes without it are not counted. Checked in onRequest, before the
 * body is read. A refusal is 429 `rate_limited` with Retry-After and the x-ratelimit-* headers.
 *
 * Clients are told apart by the signed-in user, else by address (IPv6 by its /64, as one host
 * usually holds the whole prefix). The address is the proxy-aware `request.ip`, which is only as
 * good as the TRUST_PROXY setting.
 */
import rateLimit, { normalizeIP, type FastifyRateLimitStore, type RateLimitOptions } from '@fastify/rate-limit';
import type { FastifyRequest } from 'fastify';
import { HttpError } from '../http-error.js';
import { CostBudget } from '../limits/cost-budget.js';
import type { CostLimitSettings } from '../types.js';
import { appWide } from './app-wide.js';

/** Cost units: about a millisecond of CPU each, measured on the development machine. */
export const ROUTE_COSTS = {
  interview: 1,
  assessment: 2,
  fhirAssess: 2,
  cdsHooks: 2,
  summaryPdf: 40,
  /** One scrypt password hash or check (2^15). */
  passwordHash: 100,
} as const;

/** Per client 600 units in 10 s (6 % of a core): registering and signing in (200) leave room for a PDF. */
export const DEFAULT_COST_LIMITS: CostLimitSettings = { windowSeconds: 10, clientUnits: 600, instanceUnits: 7000 };

declare module '@fastify/rate-limit' {
  interface RateLimitOptions {
    /** Units this route spends of the client's and the instance's budget. */
    cost?: number;
  }
}

/** The route config that puts a route under the cost budget. */
export function costOf(route: keyof typeof ROUTE_COSTS): RateLimitOptions {
  return { cost: ROUTE_COSTS[route] };
}

export function clientKey(request: FastifyRequest): string {
  return request.session ? `user:${request.session.userId}` : `ip:${normalizeIP(request.ip, 64)}`;
}

/**
 * @fastify/rate-limit's store over one shared CostBudget. The plugin makes one store with `new`,
 * then a child per route from the route's merged options, which carry the route's `cost`.
 */
function budgetStoreClass(budget: CostBudget, clock: () => Date) {
  return class BudgetStore implements FastifyRateLimitStore {
    private cost = 1;

    incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, _timeWindow: number, max: number): void {
      const take = budget.take(key, this.cost, clock().getTime());
      // The plugin refuses when current > max; a refusal for the fair share is one over too.
      callback(null, { current: take.allowed ? take.used : Math.max(take.used, max) + 1, ttl: take.resetMs });
    }

    child(routeOptions: object): FastifyRateLimitStore {
      const store = new BudgetStore();
      store.cost = (routeOptions as { cost?: number }).cost ?? 1;
      return store;
    }
  };
}

export const costLimitsPlugin = appWide<{ limits: CostLimitSettings | false; clock: () => Date }>('ksnav-cost-limits', async (app, options) => {
  if (options.limits === false) return;
  const { windowSeconds, clientUnits, instanceUnits } = options.limits;
  const budget = new CostBudget({ windowMs: windowSeconds * 1000, clientUnits, instanceUnits });
  await app.register(rateLimit, {
    global: false,
    hook: 'onRequest',
    max: clientUnits,
    timeWindow: windowSeconds * 1000,
    keyGenerator: clientKey,
    store: budgetStoreClass(budget, options.clock),
    errorResponseBuilder: (_request, context) => {
      const seconds = Math.max(1, Math.ceil(context.ttl / 1000));
      return new HttpError('rate_limited', `Too many requests of this kind for now: try again in ${seconds} seconds.`, undefined, { 'retry-after': String(seconds) });
    },
  });
});
