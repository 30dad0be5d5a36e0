/**
 * `ksnav reset-link` as an operator runs it: a separate process on the server's data folder,
 * then the link used against the real server on that folder.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { tempSqliteDir } from '../support/databases.js';
import { runKsnav } from './run-ksnav.js';

describe('ksnav reset-link', () => {
  let folder: Awaited<ReturnType<typeof tempSqliteDir>>;
  let store: Store;
  beforeAll(async () => {
    folder = await tempSqliteDir();
    store = await openStore({ dataDir: folder.dir });
  });
  afterAll(async () => {
    await store.close();
    await folder.cleanup();
  });

  it('prints a one-time link for an account; the link sets a new password and signs in', async () => {
    const app = await buildApp({ store, logger: false, webRoot: null, scryptCost: 2 ** 10 });
    try {
      const registered = await app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: { email: 'forgetful@example.org', password: 'copper kettle by the harbour wall' } });
      // Registration answers 202 alike for a new and a taken email (nothing told about accounts).
      expect(registered.statusCode).toBe(202);

      const run = await runKsnav(['reset-link', 'forgetful@example.org', '--base-url', 'https://clinic.example.org'], { env: { DATA_DIR: folder.dir } });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const url = /https:\/\/clinic\.example\.org\/account\/reset#token=([\w-]{43})/.exec(run.stdout);
      expect(url, run.stdout).not.toBeNull();
      expect(run.stdout).toMatch(/works once, for 24 hours/);

      const reset = await app.inject({ method: 'POST', url: '/api/v1/auth/reset', payload: { token: url![1], newPassword: 'violet lanterns over quiet meadows' } });
      expect(reset.statusCode).toBe(200);
      const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'forgetful@example.org', password: 'violet lanterns over quiet meadows' } });
      expect(login.statusCode).toBe(200);
    } finally {
      await app.close();
    }
  }, 60_000);

  it('says so, exits 2 and makes nothing, for an email with no account; refuses bad hours', async () => {
    const run = await runKsnav(['reset-link', 'nobody@example.org'], { env: { DATA_DIR: folder.dir } });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('no account has the email nobody@example.org');
    const hours = await runKsnav(['reset-link', 'forgetful@example.org', '--hours', '-3'], { env: { DATA_DIR: folder.dir } });
    expect(hours.status).toBe(1);
    expect(hours.stderr).toContain('--hours');
  }, 60_000);
});
