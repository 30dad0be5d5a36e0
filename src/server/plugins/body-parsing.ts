/**
 * Request bodies are JSON or nothing. Fastify's text/plain parser is removed, so any other
 * content type is a 415; an empty JSON body counts as no body (a client that always sends
 * `content-type: application/json` can still POST /logout), and the route schema then decides
 * whether a body was required. Prototype-poisoning keys are refused as bad JSON.
 */
import { appWide } from './app-wide.js';

export const bodyParsingPlugin = appWide('ksnav-body-parsing', async (app) => {
  app.removeAllContentTypeParsers();
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body as string;
    if (text.trim() === '') {
      done(null, undefined);
      return;
    }
    parseJson(request, text, done);
  });
});
