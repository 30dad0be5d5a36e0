/**
 * /healthz tells a load balancer the truth when the database answers reads but takes no writes:
 * on SQLite, a full disk (the server process may write no file at all: RLIMIT_FSIZE 0, set on
 * the running process with prlimit, so every write fails as on a full disk); on PostgreSQL, a
 * read-only database (as a standby after a failover is). 503 `not_writable` then, and 200 again
 * once writes go through.
 */
import { execFileSync } from 'node:child_process';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { testAppOptions } from '../../src/server/__fixtures__/test-app.js';
import { openStore } from '../../src/store/open-store.js';
import { createTempPostgresDatabase, tempSqliteDir, testPostgresUrl } from '../support/databases.js';
import { rawRequest } from './support/http.js';
import { startServerProcess, type ServerProcess } from './support/server-process.js';

async function healthUntil(get: () => Promise<{ status: number; body: string }>, status: number): Promise<{ status: number; body: string }> {
  let res = await get();
  for (let i = 0; i < 40 && res.status !== status; i++) {
    await new Promise((r) => setTimeout(r, 100));
    res = await get();
  }
  return res;
}

describe('health when the database takes no writes', () => {
  let server: ServerProcess | undefined;
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    if (server && server.child.exitCode === null && server.child.signalCode === null) {
      server.child.kill('SIGKILL');
      await server.exited;
    }
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it('sqlite: a full disk is 503 not_writable, and writes answer 503 in the error shape', { timeout: 60_000 }, async () => {
    const folder = await tempSqliteDir();
    cleanups.push(folder.cleanup);
    server = await startServerProcess({ DATA_DIR: folder.dir });
    const get = () => rawRequest(server!.url, { method: 'GET', path: '/healthz' });
    expect((await get()).status).toBe(200);

    execFileSync('prlimit', ['--pid', String(server.child.pid), '--fsize=0:unlimited']);
    const full = await healthUntil(get, 503);
    expect(full.status).toBe(503);
    expect(JSON.parse(full.body)).toEqual({ status: 'unavailable', database: 'not_writable' });
    const write = await rawRequest(server.url, {
      method: 'POST', path: '/api/v1/auth/register', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'full-disk@example.org', password: 'a long enough passphrase' }),
    });
    expect(write.status).toBe(503);
    expect(JSON.parse(write.body).error.code).toBe('unavailable');

    execFileSync('prlimit', ['--pid', String(server.child.pid), '--fsize=unlimited:unlimited']);
    expect((await healthUntil(get, 200)).status).toBe(200);
  });

  it('postgres: a read-only database is 503 not_writable', { timeout: 60_000 }, async () => {
    const database = await createTempPostgresDatabase();
    cleanups.push(database.drop);
    const store = await openStore({ databaseUrl: database.url });
    const app: FastifyInstance = await buildApp(testAppOptions(store));
    cleanups.push(async () => {
      await app.close();
      await store.close();
    });
    const admin = new pg.Client({ connectionString: testPostgresUrl() });
    await admin.connect();
    cleanups.push(() => admin.end());
    // New connections are read-only; the pool's current ones are ended so it makes new ones.
    const readOnly = async (on: boolean) => {
      await admin.query(`alter database ${database.name} set default_transaction_read_only = ${on ? 'on' : 'off'}`);
      await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1', [database.name]);
    };
    const get = async () => {
      const res = await app.inject({ method: 'GET', url: '/healthz' });
      return { status: res.statusCode, body: res.body };
    };
    expect((await get()).status).toBe(200);
    await readOnly(true);
    const refused = await healthUntil(get, 503);
    expect(JSON.parse(refused.body)).toEqual({ status: 'unavailable', database: 'not_writable' });
    await readOnly(false);
    expect((await healthUntil(get, 200)).status).toBe(200);
  });
});
