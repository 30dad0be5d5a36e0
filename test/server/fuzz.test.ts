/**
 * 1,200 generated malformed requests over real HTTP against every route, on each database:
 * every answer is a 4xx in the one JSON error shape, naming what was wrong; none is a 5xx; and
 * afterwards the database holds exactly what it held before (the only new rows are the audit
 * trail's records of refused attempts).
 */
import http from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { ERROR_CODES } from '../../src/schemas/api.js';
import { buildApp } from '../../src/server/app.js';
import { checkInBody, Client, realisticCase, testAppOptions } from '../../src/server/__fixtures__/test-app.js';
import { TABLE_NAMES } from '../../src/store/kysely/database.js';
import { countRows, describeEachDialect, inspectDatabase } from '../support/databases.js';
import { inPool, rawRequest } from './support/http.js';
import { generateMalformed, type FuzzWorld } from './support/malformed.js';

const COUNT = 1200;
const SEED = 20_260_501;

describeEachDialect('malformed requests', (db) => {
  let app: FastifyInstance;
  let url: string;
  let agent: http.Agent;
  let a: Client;
  let b: Client;
  let world: FuzzWorld;

  beforeAll(async () => {
    // A generous sign-in limit: the limit is tested elsewhere; here it must not mask a 400.
    app = await buildApp(testAppOptions(db.store));
    url = await app.listen({ host: '127.0.0.1', port: 0 });
    agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
    a = await Client.registered(app);
    b = await Client.registered(app);
    const records = async (c: Client) => {
      const assessmentId = (await c.send('POST', '/api/v1/assessments', realisticCase())).json().saved.id as string;
      const recoveryId = (await c.send('POST', '/api/v1/recoveries', { onsetDate: '2025-02-01', assessmentId })).json().id as string;
      const checkInId = (await c.send('POST', `/api/v1/recoveries/${recoveryId}/checkins`, checkInBody('2025-02-02'))).json().id as string;
      return { assessmentId, recoveryId, checkInId };
    };
    world = { a: await records(a), b: { cookie: b.cookie!, csrf: b.csrf!, ...(await records(b)) } };
  });

  afterAll(async () => {
    agent?.destroy();
    await app?.close();
  });

  const snapshot = async () => ({
    counts: await inspectDatabase(db.options, (k) => countRows(k)),
    a: { ...(await db.store.users.exportAll(a.userId!)), audit: undefined },
    b: { ...(await db.store.users.exportAll(b.userId!)), audit: undefined },
    auditA: await db.store.audit.listForUser(a.userId!),
    auditB: await db.store.audit.listForUser(b.userId!),
  });

  it(`answers ${COUNT} malformed requests with 4xx JSON naming the problem, and changes nothing`, async () => {
    const before = await snapshot();
    const requests = generateMalformed(world, COUNT, SEED);
    expect(requests.length).toBeGreaterThanOrEqual(COUNT);
    expect(new Set(requests.map((r) => r.kind)).size).toBeGreaterThanOrEqual(18);

    const responses = await inPool(requests, 4, (m) => rawRequest(url, m.request, m.request.headers?.connection === 'close' ? undefined : agent));
    const failures: unknown[] = [];
    responses.forEach((res, i) => {
      const m = requests[i]!;
      let body: { error?: { code?: string; message?: string; field?: string } } | undefined;
      try {
        body = JSON.parse(res.body);
      } catch {
        body = undefined;
      }
      const error = body?.error;
      const problems = [
        !m.expect.status.includes(res.status) && `status ${res.status}`,
        !String(res.headers['content-type']).startsWith('application/json') && `content-type ${res.headers['content-type']}`,
        !(error?.code && error.code in ERROR_CODES) && 'no known error code',
        !(typeof error?.message === 'string' && error.message.length > 5) && 'no message',
        m.expect.code && error?.code !== m.expect.code && `code ${error?.code}`,
        m.expect.field !== undefined && error?.field !== m.expect.field && !(m.expect.orInside && error?.field?.startsWith(`${m.expect.field}.`)) && `field ${error?.field}`,
        m.expect.field !== undefined && error?.code === 'invalid' && !error.message?.includes(m.expect.field) && 'message does not name the field',
      ].filter(Boolean);
      if (problems.length) failures.push({ kind: m.kind, method: m.request.method, path: m.request.path.slice(0, 120), expect: m.expect, got: res.status, body: res.body.slice(0, 300), problems });
    });
    expect(failures.slice(0, 10)).toEqual([]);
    expect(responses.every((r) => r.status >= 400 && r.status < 500)).toBe(true);

    const after = await snapshot();
    for (const table of TABLE_NAMES) {
      if (table !== 'audit_log') expect({ table, rows: after.counts[table] }).toEqual({ table, rows: before.counts[table] });
    }
    expect(after.a).toEqual(before.a);
    expect(after.b).toEqual(before.b);
    // The owner's audit trail is untouched; the sender's grew only by refused attempts.
    expect(after.auditA).toEqual(before.auditA);
    const added = after.auditB.slice(before.auditB.length);
    expect(added.length).toBeGreaterThan(0);
    expect(added.filter((e) => e.outcome === 'ok')).toEqual([]);

    // Still healthy, and the owner still reads their records.
    expect((await rawRequest(url, { method: 'GET', path: '/healthz' })).status).toBe(200);
    expect((await a.send('GET', `/api/v1/recoveries/${world.a.recoveryId}/checkins/${world.a.checkInId}`)).statusCode).toBe(200);
  });

  it('under tight limits, answers the expensive routes 429 in the error shape once a client is over budget, and never 5xx', async () => {
    const limited = await buildApp(testAppOptions(db.store, { costLimits: { windowSeconds: 60, clientUnits: 120, instanceUnits: 400 } }));
    try {
      const before = await inspectDatabase(db.options, (k) => countRows(k));
      const heavy = [
        { url: '/api/v1/summary.pdf', payload: realisticCase() },
        { url: '/api/v1/assessments', payload: realisticCase() },
        { url: '/api/v1/assessments', payload: { age: 'old' } },
        { url: '/api/v1/interview', payload: { case: { age: 40 } } },
        { url: '/cds-services/ksnav-triage', payload: { hook: 'patient-view', hookInstance: 'x', context: { ksnavCase: { age: 30 } } } },
        { url: '/fhir/$assess', payload: { resourceType: 'QuestionnaireResponse', status: 'completed', item: [{ linkId: 'age\u0000' }] } },
        { url: '/api/v1/auth/login', payload: { email: 'nobody@example.org', password: 'wrong password!' } },
      ];
      const statuses = new Map<number, number>();
      for (let i = 0; i < 240; i++) {
        const r = heavy[i % heavy.length]!;
        const res = await limited.inject({ method: 'POST', url: r.url, payload: r.payload, remoteAddress: `192.0.2.${i % 4}` });
        statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
        expect(res.statusCode, res.body.slice(0, 200)).toBeLessThan(500);
        if (res.statusCode === 429) {
          expect(res.json().error.code).toBe('rate_limited');
          expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
        }
        // Unrelated routes stay open to the same clients.
        if (i % 40 === 0) expect((await limited.inject({ method: 'GET', url: '/healthz', remoteAddress: `192.0.2.${i % 4}` })).statusCode).toBe(200);
      }
      expect(statuses.get(429) ?? 0).toBeGreaterThan(100);
      expect(statuses.get(200) ?? 0).toBeGreaterThan(0);
      const after = await inspectDatabase(db.options, (k) => countRows(k));
      for (const table of TABLE_NAMES) {
        if (!['audit_log', 'rate_limits', 'login_failures', 'health_probe'].includes(table)) expect({ table, rows: after[table] }).toEqual({ table, rows: before[table] });
      }
    } finally {
      await limited.close();
    }
  });
});
