/**
 * The OpenAPI document: every route of the contract in DEVELOPERS.md is there, components are
 * named by the TypeBox $ids, every $ref resolves, and every operation documents the error shape.
 * The browsable docs are served from our own origin.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import { SHARED_SCHEMAS } from '../../src/server/schema-registry.js';
import { testAppOptions } from '../../src/server/__fixtures__/test-app.js';
import { openTempStore, type TempStore } from '../support/databases.js';

/** The route table of DEVELOPERS.md "HTTP API (v1)", which the web app is built against. */
const CONTRACT = [
  'GET /healthz',
  'GET /api/v1/knowledge',
  'POST /api/v1/interview',
  'POST /api/v1/assessments',
  'GET /api/v1/assessments',
  'GET /api/v1/assessments/{id}',
  'DELETE /api/v1/assessments/{id}',
  'POST /api/v1/summary.pdf',
  'GET /api/v1/assessments/{id}/summary.pdf',
  'POST /api/v1/auth/register',
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/logout',
  'POST /api/v1/auth/password',
  'POST /api/v1/auth/reset',
  'GET /api/v1/me',
  'DELETE /api/v1/me',
  'GET /api/v1/me/export',
  'POST /api/v1/recoveries',
  'GET /api/v1/recoveries',
  'GET /api/v1/recoveries/{id}',
  'DELETE /api/v1/recoveries/{id}',
  'POST /api/v1/recoveries/{id}/checkins',
  'GET /api/v1/recoveries/{id}/checkins',
  'GET /api/v1/recoveries/{id}/checkins/{checkInId}',
  'PUT /api/v1/recoveries/{id}/checkins/{checkInId}',
  'DELETE /api/v1/recoveries/{id}/checkins/{checkInId}',
  'GET /api/v1/recoveries/{id}/summary',
  'GET /api/v1/recoveries/{id}/series',
  'POST /api/v1/recoveries/{id}/measures/start-back',
  'POST /api/v1/recoveries/{id}/measures/roland-morris',
  'POST /api/v1/recoveries/{id}/measures/psfs',
  'POST /api/v1/recoveries/{id}/measures/nprs',
  'GET /api/v1/recoveries/{id}/measures',
  'GET /api/v1/recoveries/{id}/measures/{resultId}',
  'DELETE /api/v1/recoveries/{id}/measures/{resultId}',
  'PUT /api/v1/recoveries/{id}/calendar-feed',
  'GET /api/v1/recoveries/{id}/calendar-feed',
  'DELETE /api/v1/recoveries/{id}/calendar-feed',
  'GET /calendar/{file}',
  'GET /api/v1/exercises.pdf',
  'GET /fhir/Questionnaire/ksnav-intake',
  'POST /fhir/$assess',
  ...['ksnav-start-back', 'ksnav-roland-morris', 'ksnav-psfs', 'ksnav-nprs'].flatMap((q) => [`GET /fhir/Questionnaire/${q}`, `POST /fhir/Questionnaire/${q}/$score`]),
  'GET /cds-services',
  'POST /cds-services/ksnav-triage',
];

type Doc = {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, { responses: Record<string, unknown>; requestBody?: unknown; parameters?: unknown[] }>>;
  components: { schemas: Record<string, unknown> };
};

describe('OpenAPI document and docs', () => {
  let temp: TempStore;
  let app: FastifyInstance;
  let doc: Doc;
  beforeAll(async () => {
    temp = await openTempStore('sqlite');
    app = await buildApp(testAppOptions(temp.store));
    doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json();
  });
  afterAll(async () => {
    await app.close();
    await temp.close();
  });

  it('is OpenAPI 3.1 with every route of the contract, and no other', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.title).toMatch(/Navigator/);
    const present = Object.entries(doc.paths).flatMap(([path, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${path}`));
    expect([...present].sort()).toEqual([...CONTRACT].sort());
  });

  it('names components by the TypeBox $ids, and every $ref resolves', () => {
    for (const schema of SHARED_SCHEMAS) expect(doc.components.schemas, schema.$id).toHaveProperty(schema.$id!);
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(50);
    for (const ref of new Set(refs)) {
      expect(ref).toMatch(/^#\/components\/schemas\//);
      expect(doc.components.schemas, ref).toHaveProperty(ref.replace('#/components/schemas/', ''));
    }
  });

  it('documents the error shape on every operation and a schema for every body', () => {
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        if (path === '/healthz') continue;
        expect(JSON.stringify(op.responses['4XX'] ?? op.responses['4xx']), `${method} ${path}`).toContain('#/components/schemas/Error');
        if (['post', 'put'].includes(method) && !path.endsWith('/logout')) expect(op.requestBody, `${method} ${path}`).toBeDefined();
      }
    }
    expect(JSON.stringify(doc.paths['/api/v1/assessments']!.post!.requestBody)).toContain('#/components/schemas/Case');
    expect(JSON.stringify(doc.paths['/api/v1/summary.pdf']!.post!.responses['200'])).toContain('application/pdf');
  });

  it('serves the browsable docs and their assets from this origin, under a strict policy', async () => {
    const page = await app.inject({ method: 'GET', url: '/docs/' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    const assets = [...page.body.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThan(3);
    for (const asset of assets) expect(asset, 'no external host').not.toMatch(/^(https?:)?\/\//);
    expect(page.body).not.toMatch(/<script>(?!\s*<\/script>)/);
    const csp = page.headers['content-security-policy'] as string;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe');
    const bundle = await app.inject({ method: 'GET', url: '/docs/static/swagger-ui-bundle.js' });
    expect(bundle.statusCode).toBe(200);
    const spec = await app.inject({ method: 'GET', url: '/docs/json' });
    expect(spec.json().openapi).toBe('3.1.0');
  });
});
