import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorsPlugin } from './errors.js';
import { webAppPlugin } from './web-app.js';

describe('web app plugin', () => {
  let root: string;
  let app: FastifyInstance;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'ksnav-web-'));
    await mkdir(join(root, 'assets'));
    await writeFile(join(root, 'index.html'), '<!doctype html><title>ksnav</title><div id="app"></div>');
    await writeFile(join(root, 'assets', 'app-3f9a.js'), 'console.log(1)');
    app = Fastify();
    await app.register(errorsPlugin);
    await app.register(webAppPlugin, { root });
    app.get('/api/v1/thing', async () => ({ ok: true }));
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await rm(root, { recursive: true, force: true });
  });

  it('serves index.html at / and for client-side routes, not cached', async () => {
    for (const url of ['/', '/recovery/123', '/learn?topic=sciatica']) {
      const res = await app.inject({ method: 'GET', url });
      expect({ url, status: res.statusCode }).toEqual({ url, status: 200 });
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.body).toContain('<div id="app">');
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('serves hashed assets for good', async () => {
    const res = await app.inject({ method: 'GET', url: '/assets/app-3f9a.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('answers JSON 404 for API paths, missing files and other methods', async () => {
    for (const [method, url] of [['GET', '/api/v1/nothing'], ['GET', '/missing.js'], ['POST', '/recovery/123'], ['GET', '/docs/x']] as const) {
      const res = await app.inject({ method, url });
      expect({ url, status: res.statusCode, type: res.headers['content-type'] }).toEqual({ url, status: 404, type: 'application/json; charset=utf-8' });
    }
    expect((await app.inject({ method: 'GET', url: '/api/v1/thing' })).json()).toEqual({ ok: true });
  });

  it('serves nothing when there is no build', async () => {
    const bare = Fastify();
    await bare.register(errorsPlugin);
    await bare.register(webAppPlugin, { root: join(root, 'no-such-folder') });
    const res = await bare.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
    await bare.close();
  });
});
