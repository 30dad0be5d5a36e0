/** Security headers on every kind of answer: API, errors, 404s, the docs. */
import net from 'node:net';
import { describe, expect, it } from 'vitest';
import type { InjectOptions } from 'fastify';
import { realisticCase, useSqliteApp } from '../../src/server/__fixtures__/test-app.js';

const REQUESTS: InjectOptions[] = [
  { method: 'GET', url: '/healthz' },
  { method: 'POST', url: '/api/v1/assessments', payload: realisticCase() },
  { method: 'POST', url: '/api/v1/assessments', payload: { age: 'x' } },
  { method: 'GET', url: '/api/v1/me' },
  { method: 'GET', url: '/no/such/page' },
  { method: 'GET', url: '/openapi.json' },
  // A URL that cannot be decoded never reaches a route or its hooks.
  { method: 'GET', url: '/api/v1/recoveries/%E0%A4%A' },
  { method: 'GET', url: '/%' },
  { method: 'OPTIONS', url: '/cds-services/ksnav-triage' },
];

describe('security headers', () => {
  const t = useSqliteApp();

  it('sends a strict Content Security Policy and the other hardening headers on every answer', async () => {
    for (const request of REQUESTS) {
      const res = await t.app.inject(request);
      const label = `${request.method} ${request.url} ${res.statusCode}`;
      const csp = String(res.headers['content-security-policy']);
      // JSON data (the API, CDS Hooks, the health check; a URL that never reached a route aside):
      // OWASP's set for APIs, with a policy that loads nothing. Everything else: the page policy.
      const url = String(request.url);
      const data = !url.includes('%') && /^\/(api|cds-services|healthz)/.test(url);
      if (data) expect(csp, label).toBe("default-src 'none'; frame-ancestors 'none'");
      else {
        for (const directive of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'"]) {
          expect(csp, label).toContain(directive);
        }
        expect(res.headers['cross-origin-opener-policy'], label).toBe('same-origin');
      }
      expect(csp, label).not.toContain('unsafe-inline');
      expect(csp, label).not.toContain('unsafe-eval');
      expect(res.headers['x-content-type-options'], label).toBe('nosniff');
      expect(res.headers['x-frame-options'], label).toBe('DENY');
      expect(res.headers['referrer-policy'], label).toBe('no-referrer');
      expect(res.headers['x-request-id'], label).toMatch(/^[0-9a-f-]{36}$/);
      expect(res.headers['strict-transport-security'], `${label}: no HSTS over plain HTTP`).toBeUndefined();
      expect(res.headers['x-powered-by'], label).toBeUndefined();
      if (data) expect(res.headers['cache-control'], label).toBe('no-store');
    }
  });

  it('answers a malformed URL in the one error shape', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/assessments/%zz' });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.json()).toEqual({ error: { code: 'invalid', message: expect.stringMatching(/^url is not valid/), field: 'url' } });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('answers what is not even HTTP in the one error shape, with the security headers and a request id', async () => {
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = t.app.server.address() as net.AddressInfo;
    const raw = await new Promise<string>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => socket.write('GARBAGE\r\n\r\n'));
      let text = '';
      socket.setEncoding('utf8').on('data', (c: string) => (text += c)).on('close', () => resolve(text));
    });
    expect(raw).toMatch(/^HTTP\/1\.1 400 /);
    expect(raw.toLowerCase()).toContain('x-content-type-options: nosniff');
    expect(raw).toMatch(/x-request-id: [0-9a-f-]{36}/);
    expect(JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4)).error.code).toBe('invalid');
  });

  it('never lets API answers be cached', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/assessments', payload: realisticCase() });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('refuses cross-site state changes by Origin and Sec-Fetch-Site, even anonymous ones', async () => {
    const cross = await t.app.inject({ method: 'POST', url: '/api/v1/assessments', payload: realisticCase(), headers: { origin: 'https://evil.example' } });
    expect(cross.statusCode).toBe(403);
    expect(cross.json().error.code).toBe('cross_site');
    const site = await t.app.inject({ method: 'POST', url: '/api/v1/assessments', payload: realisticCase(), headers: { 'sec-fetch-site': 'cross-site' } });
    expect(site.statusCode).toBe(403);
    const same = await t.app.inject({
      method: 'POST', url: '/api/v1/assessments', payload: realisticCase(), headers: { host: 'ksnav.test', origin: 'http://ksnav.test', 'sec-fetch-site': 'same-origin' },
    });
    expect(same.statusCode).toBe(200);
    const read = await t.app.inject({ method: 'GET', url: '/api/v1/knowledge', headers: { 'sec-fetch-site': 'cross-site' } });
    expect(read.statusCode).toBe(200);
  });
});
