/**
 * The OpenAPI 3.1 document, built by @fastify/swagger from the route schemas (so from the TypeBox
 * schemas in src/schemas), at GET /openapi.json, and browsable docs at /docs from
 * @fastify/swagger-ui's own bundled files: no external host, no inline script, so the docs run
 * under the app's Content Security Policy. Register before the routes: it collects them as they
 * are added.
 */
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { appWide } from './app-wide.js';
import { cspHeader, CSP_DIRECTIVES } from './security-headers.js';
import { CSRF_HEADER } from './csrf.js';
import { SESSION_COOKIE } from './sessions.js';

export const API_VERSION = '1.0.0';

export const openApiPlugin = appWide('ksnav-openapi', async (app) => {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Knee–Sciatica Navigator API',
        version: API_VERSION,
        description:
          'Assesses knee and leg pain, triages red flags first, explains what the picture is consistent with (never a diagnosis), '
          + 'lists treatments with guideline verdicts, and follows recovery. Errors are always `{ "error": { "code", "message", "field"? } }`. '
          + `Signed-in requests carry the \`${SESSION_COOKIE}\` cookie; every POST, PUT, PATCH and DELETE made with it must also send \`${CSRF_HEADER}\`.`,
        license: { name: 'MIT', identifier: 'MIT' },
      },
      tags: [
        { name: 'assessment', description: 'assess a case, the adaptive interview, the PDF summary' },
        { name: 'knowledge', description: 'the knowledge base behind the Learn pages' },
        { name: 'account', description: 'register, sign in, privacy: export and erase' },
        { name: 'recovery', description: 'recovery episodes, daily check-ins, summaries and series' },
        { name: 'system', description: 'health' },
      ],
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
          csrf: { type: 'apiKey', in: 'header', name: CSRF_HEADER },
        },
      },
    },
    // Components are named by the TypeBox $id (Case, Assessment...), not def-0, def-1.
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`),
    },
  });

  await app.register(swaggerUi, {
    routePrefix: '/docs',
    // BaseLayout: no top bar, whose logo is an SVG with an inline <style> the policy refuses.
    uiConfig: { layout: 'BaseLayout', validatorUrl: null, deepLinking: false, defaultModelsExpandDepth: 0 },
    staticCSP: cspHeader(CSP_DIRECTIVES),
  });

  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
});
