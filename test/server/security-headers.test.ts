/** Security headers on every kind of answer: API, errors, 404s, the docs. */
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
];

describe('security headers', () => {
  const t = useSqliteApp();

  it('sends a strict Content Security Policy and the other hardening headers on every answer', async () => {
    for (const request of REQUESTS) {
      const res = await t.app.inject(request);
      const label = `${request.method} ${request.url} ${res.statusCode}`;
      const csp = String(res.headers['content-security-policy']);
      for (const directive of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'"]) {
        expect(csp, label).toContain(directive);
      }
      expect(csp, label).not.toContain('unsafe-inline');
      expect(csp, label).not.toContain('unsafe-eval');
      expect(res.headers['x-content-type-options'], label).toBe('nosniff');
      expect(res.headers['x-frame-options'], label).toBe('DENY');
      expect(res.headers['referrer-policy'], label).toBe('no-referrer');
      expect(res.headers['cross-origin-opener-policy'], label).toBe('same-origin');
      expect(res.headers['x-request-id'], label).toMatch(/^[0-9a-f-]{36}$/);
      expect(res.headers['strict-transport-security'], `${label}: no HSTS over plain HTTP`).toBeUndefined();
      expect(res.headers['x-powered-by'], label).toBeUndefined();
    }
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
