/**
 * `npm start`: opens the store (SQLite under DATA_DIR, or PostgreSQL at DATABASE_URL), builds the
 * app and listens on HOST:PORT (see config.ts). On SIGTERM or SIGINT it first drains for
 * SHUTDOWN_DRAIN_SECONDS (health checks fail, requests are still served), then stops accepting
 * connections, lets the requests in flight finish, closes the store and exits 0.
 */
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { buildApp } from './app.js';
import { describeDatabase, readConfig } from './config.js';

const HOUSEKEEPING_MS = 10 * 60 * 1000;
/** A request that is still running after this long does not hold the shutdown up for ever. */
const SHUTDOWN_GRACE_MS = 30_000;

async function main(): Promise<void> {
  const config = readConfig(process.env);
  let store: Store | undefined;
  try {
    store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  } catch (error) {
    console.error(`ksnav: cannot open the database (${describeDatabase(config)}): ${(error as Error).message}`);
    process.exit(1);
  }
  const app = await buildApp({
    store,
    trustProxy: config.trustProxy,
    costLimits: config.costLimits,
    requestTimeoutMs: config.requestTimeoutMs,
    publicUrl: config.publicUrl,
    sessionIdleMinutes: config.sessionIdleMinutes,
    auditRetentionDays: config.auditRetentionDays,
    logger: { level: config.logLevel },
    housekeepingMs: HOUSEKEEPING_MS,
  });

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => {
      app.log.error('requests still running after the grace period: exiting');
      process.exit(1);
    }, config.shutdownDrainMs + SHUTDOWN_GRACE_MS).unref();
    if (config.shutdownDrainMs > 0) {
      // Load balancers see /healthz fail and stop sending; what they still send is served.
      app.draining = true;
      app.log.info({ signal, ms: config.shutdownDrainMs }, 'shutting down: draining');
      await new Promise((r) => setTimeout(r, config.shutdownDrainMs));
    }
    app.log.info({ signal }, 'shutting down: finishing requests in flight');
    try {
      await app.close();
      await store.close();
      app.log.info('stopped');
      process.exit(0);
    } catch (error) {
      app.log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.once('SIGTERM', (s) => void stop(s));
  process.once('SIGINT', (s) => void stop(s));

  try {
    const address = await app.listen({ port: config.port, host: config.host });
    app.log.info({ url: address, database: describeDatabase(config) }, `ksnav listening on ${address} (database: ${describeDatabase(config)})`);
  } catch (error) {
    app.log.error({ err: error }, `cannot listen on ${config.host}:${config.port}`);
    await store.close();
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(`ksnav: ${(error as Error).message}`);
  process.exit(1);
});
