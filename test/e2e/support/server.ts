/**
 * The real server for browser tests and the Lighthouse bench: buildApp over a store on a fresh
 * temporary SQLite folder, serving the built web app, listening on 127.0.0.1 (a free port).
 */
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../src/server/app.js';
import { openStore } from '../../../src/store/open-store.js';
import type { Store } from '../../../src/store/store.js';
import { tempSqliteDir } from '../../support/databases.js';
import { ensureWebBuilt, WEB_DIST } from './web-build.js';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, vi } from 'vitest';
import { launchChromium } from '../../support/chromium.js';

export interface RunningServer {
  url: string;
  app: FastifyInstance;
  store: Store;
  close(): Promise<void>;
}

export async function startServer(options: { port?: number } = {}): Promise<RunningServer> {
  await ensureWebBuilt();
  const folder = await tempSqliteDir();
  const store = await openStore({ dataDir: folder.dir });
  let app: FastifyInstance;
  try {
    app = await buildApp({
      store,
      logger: false,
      webRoot: WEB_DIST,
      // Cheap password hashes and a generous sign-in limit: the tests register several people.
      scryptCost: 2 ** 10,
      authRateLimit: { max: 1000, windowSeconds: 60 },
      // On, but out of reach of the tests' one browser registering several people.
      costLimits: { windowSeconds: 60, clientUnits: 1_000_000, instanceUnits: 1_000_000 },
    });
  } catch (error) {
    await store.close();
    await folder.cleanup();
    throw error;
  }
  const url = await app.listen({ host: '127.0.0.1', port: options.port ?? 0 });
  return {
    url,
    app,
    store,
    close: async () => {
      await app.close();
      await store.close();
      await folder.cleanup();
    },
  };
}

/** The real server and a real Chromium for the enclosing suite: started before it, closed after. */
export function useServerAndBrowser(): { readonly server: RunningServer; readonly browser: Browser } {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  // A browser test walks through many screens; with several test files at once on two cores, a
  // whole journey may take longer than the 30 s a unit test gets. (Each step still fails on its own
  // after 20 s: browser.ts.)
  vi.setConfig({ testTimeout: 120_000 });
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error('the server starts in beforeAll');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('the browser starts in beforeAll');
      return browser;
    },
  };
}
