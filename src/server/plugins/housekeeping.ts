/**
 * Removes expired sessions and past rate-limit windows now and then. Nothing depends on it
 * running (expired sessions are never found, old windows never counted); it only keeps the
 * tables small. The timer does not keep the process alive and stops when the app closes.
 */
import type { Store } from '../../store/store.js';
import type { AppSettings } from '../types.js';
import { appWide } from './app-wide.js';

/** A day without failures and an account's sign-in delay is long gone. */
const DAY_MS = 24 * 60 * 60 * 1000;
const LOGIN_FAILURES_KEPT_MS = DAY_MS;

/**
 * Deletes sessions past their expiry, rate-limit windows that ended over a window ago, sign-in
 * failures a day old, expired device cookies, and the kept audit trail of accounts erased longer
 * ago than the retention.
 */
export async function sweep(store: Store, settings: AppSettings): Promise<Record<'sessions' | 'rateLimits' | 'loginFailures' | 'devices' | 'erasedAudit', number>> {
  const now = settings.clock();
  const before = new Date(now.getTime() - 2 * settings.authRateLimit.windowSeconds * 1000).toISOString();
  return {
    sessions: await store.sessions.deleteExpired(now.toISOString()),
    rateLimits: await store.rateLimits.prune(before),
    loginFailures: await store.loginFailures.prune(new Date(now.getTime() - LOGIN_FAILURES_KEPT_MS).toISOString()),
    devices: await store.devices.deleteExpired(now.toISOString()),
    erasedAudit: await store.audit.purgeErased(new Date(now.getTime() - settings.auditRetentionDays * DAY_MS).toISOString()),
  };
}

export const housekeepingPlugin = appWide<{ everyMs: number }>('ksnav-housekeeping', async (app, options) => {
  let timer: ReturnType<typeof setInterval> | undefined;
  const run = async () => {
    try {
      await sweep(app.store, app.settings);
    } catch (error) {
      app.log.warn({ err: error }, 'housekeeping failed');
    }
  };
  app.addHook('onReady', async () => {
    if (options.everyMs <= 0) return;
    timer = setInterval(() => void run(), options.everyMs);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    if (timer) clearInterval(timer);
  });
});
