/**
 * Removes expired sessions and past rate-limit windows now and then. Nothing depends on it
 * running (expired sessions are never found, old windows never counted); it only keeps the
 * tables small. The timer does not keep the process alive and stops when the app closes.
 */
import { appWide } from './app-wide.js';

export const housekeepingPlugin = appWide<{ everyMs: number }>('ksnav-housekeeping', async (app, options) => {
  let timer: ReturnType<typeof setInterval> | undefined;
  const sweep = async () => {
    const now = app.settings.clock();
    const before = new Date(now.getTime() - 2 * app.settings.authRateLimit.windowSeconds * 1000).toISOString();
    try {
      await app.store.sessions.deleteExpired(now.toISOString());
      await app.store.rateLimits.prune(before);
    } catch (error) {
      app.log.warn({ err: error }, 'housekeeping failed');
    }
  };
  app.addHook('onReady', async () => {
    if (options.everyMs <= 0) return;
    timer = setInterval(() => void sweep(), options.everyMs);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    if (timer) clearInterval(timer);
  });
});
