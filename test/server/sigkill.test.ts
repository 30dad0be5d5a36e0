/**
 * Nothing acknowledged is lost: the real server process takes a burst of concurrent check-in
 * writes over HTTP and is killed with SIGKILL in the middle of it. Restarted on the same data,
 * every write that was answered 2xx is there, whole, and the SQLite file passes its integrity
 * check. On both databases.
 */
import http from 'node:http';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { checkInBody } from '../../src/server/__fixtures__/test-app.js';
import type { CheckInInput } from '../../src/schemas/checkin.js';
import { sqliteFilePath } from '../../src/store/sqlite/sqlite-dialect.js';
import { createTempDatabase, TEST_DIALECTS } from '../support/databases.js';
import { signUp } from './support/accounts.js';
import { rawRequest } from './support/http.js';
import { startServerProcess, type ServerProcess } from './support/server-process.js';

const WRITES = 200;
const KILL_AFTER = 30;

function dateAfter(start: string, days: number): string {
  return new Date(Date.parse(`${start}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

describe.each(TEST_DIALECTS.map((dialect) => ({ dialect })))('SIGKILL during a burst of writes ($dialect)', ({ dialect }) => {
  const running: ServerProcess[] = [];
  const drops: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const s of running) if (s.child.exitCode === null && s.child.signalCode === null) s.child.kill('SIGKILL');
    await Promise.all(running.map((s) => s.exited));
    for (const drop of drops) await drop();
  });

  it('keeps every acknowledged write', { timeout: 120_000 }, async () => {
    const database = await createTempDatabase(dialect);
    drops.push(database.drop);
    const env: Record<string, string> = database.options.databaseUrl ? { DATABASE_URL: database.options.databaseUrl } : { DATA_DIR: database.options.dataDir! };

    const first = await startServerProcess(env);
    running.push(first);
    const { headers: auth } = await signUp(first.url);
    const recovery = await rawRequest(first.url, {
      method: 'POST', path: '/api/v1/recoveries', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ onsetDate: '2024-01-01' }),
    });
    const recoveryId = JSON.parse(recovery.body).id as string;

    const bodies: CheckInInput[] = Array.from({ length: WRITES }, (_, i) => checkInBody(dateAfter('2024-01-02', i), { sleep: i % 11, note: `write ${i}` }));
    const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
    const acknowledged: CheckInInput[] = [];
    let failed = 0;
    const burst = bodies.map(async (body) => {
      try {
        const res = await rawRequest(first.url, {
          method: 'POST', path: `/api/v1/recoveries/${recoveryId}/checkins`, headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify(body),
        }, agent);
        if (res.status >= 200 && res.status < 300) {
          acknowledged.push(body);
          if (acknowledged.length === KILL_AFTER) first.child.kill('SIGKILL');
        } else failed++;
      } catch {
        failed++;
      }
    });
    await Promise.all(burst);
    agent.destroy();
    expect(await first.exited).toEqual({ code: null, signal: 'SIGKILL' });
    // The kill landed mid-burst: some writes were answered, some never were.
    expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(failed).toBeGreaterThan(0);

    if (dialect === 'sqlite') {
      const db = new Database(sqliteFilePath(database.options.dataDir!));
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      } finally {
        db.close();
      }
    }

    // Restarted on the same data; the session survived too (it lives in the database).
    const second = await startServerProcess(env);
    running.push(second);
    const list = await rawRequest(second.url, { method: 'GET', path: `/api/v1/recoveries/${recoveryId}/checkins`, headers: auth });
    expect(list.status).toBe(200);
    const stored = new Map((JSON.parse(list.body).checkIns as (CheckInInput & { id: string })[]).map((c) => [c.date, c]));
    for (const body of acknowledged) {
      const found = stored.get(body.date);
      expect({ date: body.date, found: found !== undefined }).toEqual({ date: body.date, found: true });
      expect(found).toMatchObject(body);
    }
    // Whatever else got in before the kill is whole too.
    for (const c of stored.values()) expect(c).toMatchObject(bodies.find((b) => b.date === c.date)!);

    second.child.kill('SIGTERM');
    expect(await second.exited).toEqual({ code: 0, signal: null });
    if (dialect === 'sqlite') {
      const db = new Database(sqliteFilePath(database.options.dataDir!), { readonly: true });
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      } finally {
        db.close();
      }
    }
  });
});
