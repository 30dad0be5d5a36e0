/**
 * PostgreSQL drops connections under load (a failover, a proxy restart, an operator's
 * pg_terminate_backend): the real server process keeps serving. While a mix of reads, writes and
 * health checks runs over HTTP, every backend of the test database is terminated again and again.
 * Every answer is a success or a 503 in the one error shape (with the request id and security
 * headers), no connection is dropped, the process is still up afterwards and serves again, and
 * every write that was acknowledged is stored.
 */
import http from 'node:http';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { checkInBody } from '../../src/server/__fixtures__/test-app.js';
import { createTempPostgresDatabase, testPostgresUrl } from '../support/databases.js';
import { signUp } from './support/accounts.js';
import { inPool, rawRequest, type RawResponse } from './support/http.js';
import { startServerProcess, type ServerProcess } from './support/server-process.js';

const REQUESTS = 900;
const CONCURRENCY = 12;

function dateAfter(start: string, days: number): string {
  return new Date(Date.parse(`${start}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

describe('PostgreSQL connections killed under load', () => {
  let server: ServerProcess | undefined;
  let drop: (() => Promise<void>) | undefined;
  afterAll(async () => {
    if (server && server.child.exitCode === null && server.child.signalCode === null) {
      server.child.kill('SIGKILL');
      await server.exited;
    }
    await drop?.();
  });

  it('keeps serving: successes or 503 in the error shape, and every acknowledged write is kept', { timeout: 180_000 }, async () => {
    const database = await createTempPostgresDatabase();
    drop = database.drop;
    server = await startServerProcess({ DATABASE_URL: database.url });
    const { url } = server;

    const { headers: auth } = await signUp(url);
    const recovery = await rawRequest(url, {
      method: 'POST', path: '/api/v1/recoveries', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ onsetDate: '2020-01-01' }),
    });
    expect(recovery.status).toBe(201);
    const recoveryId = JSON.parse(recovery.body).id as string;

    // The killer: every 40 ms, terminate every backend of the app's database.
    const admin = new pg.Client({ connectionString: testPostgresUrl() });
    admin.on('error', () => {});
    await admin.connect();
    let kills = 0;
    let loading = true;
    const killer = (async () => {
      while (loading) {
        const { rows } = await admin.query<{ ok: boolean }>(
          'select pg_terminate_backend(pid) as ok from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [database.name],
        );
        kills += rows.filter((r) => r.ok).length;
        await new Promise((r) => setTimeout(r, 40));
      }
    })();

    const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
    const acknowledged: string[] = [];
    const problems: string[] = [];
    const statuses = new Map<number, number>();
    const kinds = ['health', 'list', 'write', 'summary'] as const;
    await inPool(Array.from({ length: REQUESTS }, (_, i) => i), CONCURRENCY, async (i) => {
      const kind = kinds[i % kinds.length]!;
      const date = dateAfter('2020-01-02', i);
      let res: RawResponse;
      try {
        if (kind === 'health') res = await rawRequest(url, { method: 'GET', path: '/healthz' }, agent);
        else if (kind === 'list') res = await rawRequest(url, { method: 'GET', path: `/api/v1/recoveries/${recoveryId}/checkins`, headers: auth }, agent);
        else if (kind === 'summary') res = await rawRequest(url, { method: 'GET', path: `/api/v1/recoveries/${recoveryId}/summary?today=2020-06-01`, headers: auth }, agent);
        else {
          res = await rawRequest(url, {
            method: 'POST', path: `/api/v1/recoveries/${recoveryId}/checkins`, headers: { ...auth, 'content-type': 'application/json' },
            body: JSON.stringify(checkInBody(date, { note: `write ${i}` })),
          }, agent);
        }
      } catch (error) {
        problems.push(`${kind}: ${(error as Error).message}`);
        return;
      }
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (res.status < 300) {
        if (kind === 'write') acknowledged.push(date);
        return;
      }
      if (res.status !== 503) {
        problems.push(`${kind}: ${res.status} ${res.body.slice(0, 200)}`);
        return;
      }
      const body = JSON.parse(res.body);
      const shaped = kind === 'health' ? body.status === 'unavailable' && ['unreachable', 'not_writable'].includes(body.database) : body.error?.code === 'unavailable' && typeof body.error.message === 'string';
      if (!shaped) problems.push(`${kind}: 503 not in its shape: ${res.body.slice(0, 200)}`);
      if (!res.headers['x-request-id'] || res.headers['x-content-type-options'] !== 'nosniff') problems.push(`${kind}: 503 without request id or security headers`);
      if (res.headers['retry-after'] === undefined && kind !== 'health') problems.push(`${kind}: 503 without Retry-After`);
    });
    loading = false;
    await killer;
    await admin.end();
    agent.destroy();

    expect(kills).toBeGreaterThan(10);
    expect({ problems: problems.slice(0, 10), count: problems.length }).toEqual({ problems: [], count: 0 });
    expect(server.child.exitCode).toBeNull();
    expect(server.child.signalCode).toBeNull();
    expect(acknowledged.length).toBeGreaterThan(0);

    // Serving again once the kills stop, and every acknowledged write is there.
    let health = await rawRequest(url, { method: 'GET', path: '/healthz' });
    for (let i = 0; i < 20 && health.status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 100));
      health = await rawRequest(url, { method: 'GET', path: '/healthz' });
    }
    expect(health.status).toBe(200);
    const list = await rawRequest(url, { method: 'GET', path: `/api/v1/recoveries/${recoveryId}/checkins`, headers: auth });
    expect(list.status).toBe(200);
    const stored = new Set((JSON.parse(list.body).checkIns as { date: string }[]).map((c) => c.date));
    expect(acknowledged.filter((d) => !stored.has(d))).toEqual([]);

    server.child.kill('SIGTERM');
    expect(await server.exited).toEqual({ code: 0, signal: null });
  });
});
