/**
 * vitest globalSetup: once per run, before any test file, the PostgreSQL server the storage and
 * API tests use (see providePostgresForRun); the test files, in their own processes, inherit
 * KSNAV_TEST_PG_URL. The teardown stops a server this run started.
 */
import { providePostgresForRun } from './databases.js';

export default async function setup(): Promise<() => Promise<void>> {
  const postgres = await providePostgresForRun();
  return () => postgres.stop();
}
