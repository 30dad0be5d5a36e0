/**
 * Behind a proxy, the client address comes from X-Forwarded-For, but only as far as the trusted
 * proxies vouch for it: a client cannot pick its own address by sending the header itself, so it
 * cannot escape the per-address limits. The settings go through readConfig as in production.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTempStore, type TempStore } from '../../test/support/databases.js';
import { buildApp } from './app.js';
import { readConfig } from './config.js';
import { realisticCase, testAppOptions } from './__fixtures__/test-app.js';

describe.each([
  { setting: '1', proxy: '127.0.0.1' },
  { setting: '127.0.0.1/32,10.1.0.0/16', proxy: '10.1.2.3' },
])('TRUST_PROXY=$setting', ({ setting, proxy }) => {
  let temp: TempStore;
  let app: FastifyInstance;
  beforeAll(async () => {
    temp = await openTempStore('sqlite');
    const config = readConfig({ TRUST_PROXY: setting });
    app = await buildApp(testAppOptions(temp.store, { trustProxy: config.trustProxy, costLimits: { windowSeconds: 60, clientUnits: 80, instanceUnits: 1e9 } }));
  });
  afterAll(async () => {
    await app.close();
    await temp.close();
  });

  it('believes the trusted proxy about HTTPS', async () => {
    const res = await app.inject({ method: 'GET', url: '/healthz', remoteAddress: proxy, headers: { 'x-forwarded-for': '203.0.113.50', 'x-forwarded-proto': 'https' } });
    expect(res.headers['strict-transport-security']).toMatch(/max-age/);
  });

  it('keeps a client that forges X-Forwarded-For under its own limit', async () => {
    const pdf = (forged: string) => app.inject({
      method: 'POST', url: '/api/v1/summary.pdf', remoteAddress: proxy, payload: realisticCase(),
      headers: { 'x-forwarded-for': `${forged}, 198.51.100.77` },
    });
    expect((await pdf('1.1.1.1')).statusCode).toBe(200);
    expect((await pdf('2.2.2.2')).statusCode).toBe(200);
    const third = await pdf('3.3.3.3');
    expect(third.statusCode).toBe(429);
    expect(third.json().error.code).toBe('rate_limited');
  });

  it('tells clients behind the proxy apart by the address it saw', async () => {
    const pdf = (client: string) => app.inject({
      method: 'POST', url: '/api/v1/summary.pdf', remoteAddress: proxy, payload: realisticCase(), headers: { 'x-forwarded-for': client },
    });
    expect((await pdf('198.51.100.78')).statusCode).toBe(200);
    expect((await pdf('198.51.100.79')).statusCode).toBe(200);
  });

  it('believes no header from an address that is not a trusted proxy', async () => {
    if (typeof readConfig({ TRUST_PROXY: setting }).trustProxy === 'number') return;
    const health = await app.inject({ method: 'GET', url: '/healthz', remoteAddress: '192.0.2.1', headers: { 'x-forwarded-proto': 'https' } });
    expect(health.headers['strict-transport-security']).toBeUndefined();
    const pdf = (forged: string) => app.inject({
      method: 'POST', url: '/api/v1/summary.pdf', remoteAddress: '192.0.2.1', payload: realisticCase(), headers: { 'x-forwarded-for': forged },
    });
    expect((await pdf('1.1.1.1')).statusCode).toBe(200);
    expect((await pdf('2.2.2.2')).statusCode).toBe(200);
    expect((await pdf('3.3.3.3')).statusCode).toBe(429);
  });
});
