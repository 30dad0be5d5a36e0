/**
 * The web app, built by Vite into web/dist, served from `/` when that folder exists. A page
 * request the files cannot answer (a client-side route such as /recovery/123) gets index.html;
 * API paths, paths that look like files (/missing.js) and other methods get the JSON 404.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { appWide } from './app-wide.js';

const NOT_PAGES = [/^\/api(\/|$)/, /^\/docs(\/|$)/, /^\/openapi\.json$/, /^\/healthz$/];

function isPageRequest(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const path = request.url.split('?')[0] ?? '/';
  if (NOT_PAGES.some((p) => p.test(path))) return false;
  const last = path.slice(path.lastIndexOf('/') + 1);
  return !last.includes('.');
}

export const webAppPlugin = appWide<{ root: string | null }>('ksnav-web-app', async (app, options) => {
  const root = options.root && existsSync(join(options.root, 'index.html')) ? options.root : null;
  app.decorate('serveWebApp', (request: FastifyRequest, reply: FastifyReply): boolean => {
    if (!root || !isPageRequest(request)) return false;
    void reply.sendFile('index.html');
    return true;
  });
  if (!root) return;
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    index: ['index.html'],
    // The build writes .br and .gz beside each text file (web/build/precompress.ts).
    preCompressed: true,
    // Our own Cache-Control below, not send's default max-age=0.
    cacheControl: false,
    // Vite names built assets by content hash: they can be cached for good.
    setHeaders: (res, path) => {
      res.setHeader('cache-control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
});
