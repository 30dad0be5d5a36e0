/**
 * Graceful shutdown of the real server process: requests in flight when SIGTERM arrives all
 * finish with success, the process exits 0, and the SQLite file is intact with every write.
 *
 * "In flight" is made certain rather than timed: each request is sent with
 * `Expect: 100-continue`, so the server has read its headers and started it (the 100 Continue
 * says so) while the client still holds back the body until after the signal.
 */
import http from 'node:http';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkInBody } from '../../src/server/__fixtures__/test-app.js';
import { sqliteFilePath } from '../../src/store/sqlite/sqlite-dialect.js';
import { tempSqliteDir } from '../support/databases.js';
import { signUp } from './support/accounts.js';
import { rawRequest } from './support/http.js';
import { startServerProcess, type ServerProcess } from './support/server-process.js';

const IN_FLIGHT = 6;

interface Pending {
  /** Resolves once the server has answered 100 Continue. */
  started: Promise<void>;
  /** Sends the body; resolves with the final answer. */
  finish(): Promise<{ status: number; body: string }>;
}

function heldRequest(url: string, path: string, headers: Record<string, string>, body: string, agent: http.Agent): Pending {
  const target = new URL(path, url);
  let resolveStarted!: () => void;
  const started = new Promise<void>((r) => (resolveStarted = r));
  let resolveDone!: (v: { status: number; body: string }) => void;
  let rejectDone!: (e: Error) => void;
  const done = new Promise<{ status: number; body: string }>((res, rej) => ((resolveDone = res), (rejectDone = rej)));
  const req = http.request({
    method: 'POST', hostname: target.hostname, port: target.port, path: target.pathname, agent,
    headers: { ...headers, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), expect: '100-continue' },
  }, (res) => {
    let text = '';
    res.setEncoding('utf8').on('data', (c: string) => (text += c)).on('end', () => resolveDone({ status: res.statusCode ?? 0, body: text }));
  });
  req.on('continue', () => resolveStarted());
  req.on('error', rejectDone);
  req.flushHeaders();
  return { started, finish: () => (req.end(body), done) };
}

describe('graceful shutdown (SIGTERM)', () => {
  let folder: { dir: string; cleanup(): Promise<void> };
  let server: ServerProcess | undefined;
  beforeAll(async () => {
    folder = await tempSqliteDir();
  });
  afterAll(async () => {
    if (server && server.child.exitCode === null) server.child.kill('SIGKILL');
    await folder.cleanup();
  });

  it('finishes the requests in flight, exits 0 and leaves the database whole', { timeout: 120_000 }, async () => {
    server = await startServerProcess({ DATA_DIR: folder.dir });
    const { url } = server;
    const { headers: auth } = await signUp(url);
    const recovery = await rawRequest(url, { method: 'POST', path: '/api/v1/recoveries', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ onsetDate: '2025-05-01' }) });
    expect(recovery.status).toBe(201);
    const recoveryId = JSON.parse(recovery.body).id as string;

    // Keep-alive connections, as browsers use: they must not hold the shutdown up.
    const agent = new http.Agent({ keepAlive: true });
    const dates = Array.from({ length: IN_FLIGHT }, (_, i) => `2025-05-${String(i + 2).padStart(2, '0')}`);
    const pending = dates.map((d) => heldRequest(url, `/api/v1/recoveries/${recoveryId}/checkins`, auth, JSON.stringify(checkInBody(d)), agent));
    await Promise.all(pending.map((p) => p.started));

    server.child.kill('SIGTERM');
    await server.waitFor((l) => typeof l.msg === 'string' && l.msg.startsWith('shutting down'));

    const answers = await Promise.all(pending.map((p) => p.finish()));
    expect(answers.map((a) => a.status)).toEqual(dates.map(() => 201));
    expect(await server.exited).toEqual({ code: 0, signal: null });
    agent.destroy();

    const db = new Database(sqliteFilePath(folder.dir), { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const stored = db.prepare('select date from check_ins where recovery_id = ? order by date').all(recoveryId) as { date: string }[];
      expect(stored.map((r) => r.date)).toEqual(dates);
    } finally {
      db.close();
    }
    expect(server.lines.some((l) => l.msg === 'stopped')).toBe(true);
  });

  it('drains first with SHUTDOWN_DRAIN_SECONDS: health says draining while requests are still served', { timeout: 60_000 }, async () => {
    const drained = await tempSqliteDir();
    const draining = await startServerProcess({ DATA_DIR: drained.dir, SHUTDOWN_DRAIN_SECONDS: '2' });
    try {
      expect((await rawRequest(draining.url, { method: 'GET', path: '/healthz' })).status).toBe(200);
      draining.child.kill('SIGTERM');
      await draining.waitFor((l) => l.msg === 'shutting down: draining');
      const health = await rawRequest(draining.url, { method: 'GET', path: '/healthz' });
      expect(health.status).toBe(503);
      expect(JSON.parse(health.body)).toEqual({ status: 'draining', database: 'ok' });
      expect((await rawRequest(draining.url, { method: 'GET', path: '/api/v1/knowledge' })).status).toBe(200);
      expect(await draining.exited).toEqual({ code: 0, signal: null });
    } finally {
      if (draining.child.exitCode === null) draining.child.kill('SIGKILL');
      await drained.cleanup();
    }
  });
});
