/**
 * A per-instance CPU budget for the expensive routes, counted in cost units (about a
 * millisecond of this server's CPU each: an interview step 1, an assessment 2, a PDF 40, a
 * password hash 100). Fixed windows, in memory: no database round trip, so it protects the CPU
 * at the price of being per instance (behind a load balancer each instance has its own).
 *
 * Two limits, checked together:
 * - each client (an address, or a signed-in user) may spend `clientUnits` a window;
 * - the instance as a whole has `instanceUnits` a window for this work. Once they are spent, a
 *   client may go on only while it is under its fair share (instanceUnits / active clients), so
 *   one heavy client cannot starve the others, and the rest of the server (sign-in, the recovery
 *   pages, health checks) keeps the CPU the budget leaves over.
 *
 * Refused requests spend nothing.
 */
export interface CostBudgetSettings {
  windowMs: number;
  /** What one client may spend in a window. */
  clientUnits: number;
  /** What every client together may spend in a window before fair shares apply. */
  instanceUnits: number;
  /** Clients tracked in a window; beyond, new clients share one count. Default 100,000. */
  maxClients?: number;
}

export interface Take {
  allowed: boolean;
  /** Units this client has spent in the window (after this request when allowed). */
  used: number;
  /** Milliseconds until the window ends. */
  resetMs: number;
  /** Why a refused request was refused: its own budget, or its share of a busy instance. */
  refusedFor?: 'client' | 'share';
}

const OVERFLOW_KEY = '\u0000overflow';

export class CostBudget {
  private windowStart = Number.NEGATIVE_INFINITY;
  private readonly spent = new Map<string, number>();
  private total = 0;
  private readonly maxClients: number;

  constructor(private readonly settings: CostBudgetSettings) {
    this.maxClients = settings.maxClients ?? 100_000;
  }

  take(clientKey: string, cost: number, now: number): Take {
    const { windowMs, clientUnits, instanceUnits } = this.settings;
    if (now >= this.windowStart + windowMs) {
      this.windowStart = now - (now % windowMs);
      this.spent.clear();
      this.total = 0;
    }
    const resetMs = this.windowStart + windowMs - now;
    const key = this.spent.has(clientKey) || this.spent.size < this.maxClients ? clientKey : OVERFLOW_KEY;
    const used = this.spent.get(key) ?? 0;
    if (used + cost > clientUnits) return { allowed: false, used, resetMs, refusedFor: 'client' };
    if (this.total + cost > instanceUnits) {
      const clients = this.spent.size + (this.spent.has(key) ? 0 : 1);
      if (used + cost > instanceUnits / clients) return { allowed: false, used, resetMs, refusedFor: 'share' };
    }
    this.spent.set(key, used + cost);
    this.total += cost;
    return { allowed: true, used: used + cost, resetMs };
  }

  /** Units every client together has spent in the current window. */
  get spentInWindow(): number {
    return this.total;
  }
}
