/**
 * Request bodies are JSON or nothing. Fastify's text/plain parser is removed, so any other
 * content type is a 415; an empty JSON body counts as no body (a client that always sends
 * `content-type: application/json` can still POST /logout), and the route schema then decides
 * whether a body was required. Prototype-poisoning keys are refused as bad JSON, and a NUL
 * character in any string as invalid, naming its field (nul-characters.ts).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpError } from '../http-error.js';
import { nulFieldOf } from '../nul-characters.js';
import { appWide } from './app-wide.js';

type Done = (error: Error | null, body?: unknown) => void;

/** Fastify's JSON parser (prototype poisoning refused), then the NUL check; an empty body is none. */
export function jsonBodyParser(app: FastifyInstance) {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  return (request: FastifyRequest, body: string | Buffer, done: Done): void => {
    const text = body as string;
    if (text.trim() === '') {
      done(null, undefined);
      return;
    }
    parseJson(request, text, (error: Error | null, value?: unknown) => {
      if (error) {
        done(error);
        return;
      }
      const field = nulFieldOf(text, value);
      if (field !== undefined) {
        done(new HttpError('invalid', `${field} must not contain the NUL character (\\u0000).`, field));
        return;
      }
      done(null, value);
    });
  };
}

export const bodyParsingPlugin = appWide('ksnav-body-parsing', async (app) => {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, jsonBodyParser(app));
});
