import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { openTempStore, type TempStore } from '../../../test/support/databases.js';
import { buildApp } from '../app.js';
import { realisticCase, testAppOptions } from '../__fixtures__/test-app.js';
import type { CostLimitSettings } from '../types.js';
import { ROUTE_COSTS } from './cost-limits.js';

const NOW = new Date('2026-03-01T10:00:05Z');

describe('cost limits on the expensive anonymous routes', () => {
  let temp: TempStore | undefined;
  let app: FastifyInstance | undefined;
  afterEach(async () => {
    await app?.close();
    await temp?.close();
  });
  const start = async (costLimits: CostLimitSettings) => {
    temp = await openTempStore('sqlite');
    app = await buildApp(testAppOptions(temp.store, { costLimits, clock: () => NOW }));
    return app;
  };
  const from = (a: FastifyInstance, ip: string, url: string, payload: unknown = realisticCase()) =>
    a.inject({ method: 'POST', url, remoteAddress: ip, payload: payload as object });
  const expectLimited = (res: LightMyRequestResponse) => {
    expect(res.statusCode).toBe(429);
    expect(res.json().error.code).toBe('rate_limited');
    expect(res.json().error.message).toMatch(/try again in \d+ seconds/);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(res.headers['x-request-id']).toBeTruthy();
  };

  it('charges a PDF more than an assessment, from one budget per client, and refuses before reading the body', async () => {
    const a = await start({ windowSeconds: 60, clientUnits: 200, instanceUnits: 1_000_000 });
    const pdfs: number[] = [];
    for (let i = 0; i < 7; i++) pdfs.push((await from(a, '203.0.113.1', '/api/v1/summary.pdf')).statusCode);
    expect(pdfs).toEqual([200, 200, 200, 200, 200, 429, 429]);
    expectLimited(await from(a, '203.0.113.1', '/api/v1/summary.pdf'));
    // The same client's budget is spent for every expensive route; a huge body is not even read.
    expectLimited(await from(a, '203.0.113.1', '/api/v1/assessments'));
    expectLimited(await from(a, '203.0.113.1', '/api/v1/summary.pdf', { note: 'x'.repeat(300_000) }));
    // Cheap and unrelated routes are not counted.
    expect((await a.inject({ method: 'GET', url: '/healthz', remoteAddress: '203.0.113.1' })).statusCode).toBe(200);

    // Another client has its own budget: 200 units buy 100 assessments.
    let assessments = 0;
    while ((await from(a, '203.0.113.2', '/api/v1/assessments')).statusCode === 200) assessments++;
    expect(assessments).toBe(200 / ROUTE_COSTS.assessment);
    const ok = await from(a, '203.0.113.3', '/api/v1/assessments');
    expect(ok.headers['x-ratelimit-limit']).toBe('200');
    expect(ok.headers['x-ratelimit-remaining']).toBe(String(200 - ROUTE_COSTS.assessment));
  });

  it('puts the interview, FHIR $assess and CDS Hooks under the same budget', async () => {
    const a = await start({ windowSeconds: 60, clientUnits: 40, instanceUnits: 1_000_000 });
    expect((await from(a, '198.51.100.7', '/api/v1/summary.pdf')).statusCode).toBe(200);
    expectLimited(await from(a, '198.51.100.7', '/api/v1/interview', { case: { age: 40 } }));
    expectLimited(await a.inject({ method: 'POST', url: '/fhir/$assess', remoteAddress: '198.51.100.7', payload: { resourceType: 'QuestionnaireResponse', status: 'completed' } }));
    expectLimited(await from(a, '198.51.100.7', '/cds-services/ksnav-triage', { hook: 'patient-view', hookInstance: 'x', context: {} }));
  });

  it('keeps a fair share for other clients when one client has spent the instance budget', async () => {
    const a = await start({ windowSeconds: 60, clientUnits: 100_000, instanceUnits: 400 });
    let heavy = 0;
    while ((await from(a, '192.0.2.10', '/api/v1/summary.pdf')).statusCode === 200) heavy++;
    expect(heavy).toBe(10);
    // The light client is under its share (400 / 2 clients = 200 units): 100 assessments...
    let light = 0;
    while ((await from(a, '192.0.2.20', '/api/v1/assessments')).statusCode === 200) light++;
    expect(light).toBe(100);
    // ...while the heavy one, over its share, stays refused.
    expectLimited(await from(a, '192.0.2.10', '/api/v1/assessments'));
  });

  it('counts IPv6 clients by their /64', async () => {
    const a = await start({ windowSeconds: 60, clientUnits: 40, instanceUnits: 1_000_000 });
    expect((await from(a, '2001:db8:1:2::1', '/api/v1/summary.pdf')).statusCode).toBe(200);
    expectLimited(await from(a, '2001:db8:1:2:ffff::9', '/api/v1/summary.pdf'));
    expect((await from(a, '2001:db8:1:3::1', '/api/v1/summary.pdf')).statusCode).toBe(200);
  });
});
