import Fastify, { type FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseValidationError } from '../../engine/validate.js';
import { ConflictError, NotFoundError } from '../../store/store.js';
import { HttpError } from '../http-error.js';
import { loggerOptions } from '../logging.js';
import { bodyParsingPlugin } from './body-parsing.js';
import { errorsPlugin } from './errors.js';

/** The errors and body-parsing plugins alone, on a bare Fastify with routes that fail on purpose. */
describe('errors and body parsing plugins', () => {
  const lines: string[] = [];
  let app: FastifyInstance;
  beforeAll(async () => {
    app = Fastify({ logger: loggerOptions({ level: 'error', stream: { write: (l: string) => void lines.push(l) } }), bodyLimit: 1024, ajv: { customOptions: { removeAdditional: false, coerceTypes: false } } });
    await app.register(errorsPlugin);
    await app.register(bodyParsingPlugin);
    app.post('/echo', { schema: { body: Type.Object({ n: Type.Integer({ maximum: 5 }) }, { additionalProperties: false }) } }, async (r) => r.body);
    app.post('/optional', async (r) => ({ got: r.body ?? null }));
    app.get('/http-error', async () => {
      throw new HttpError('rate_limited', 'Slow down.', undefined, { 'retry-after': '7' });
    });
    app.get('/case', async () => {
      throw new CaseValidationError([{ field: 'evidence.fever', message: 'must be true or false (leave it out when not asked)' }]);
    });
    app.get('/conflict', async () => {
      throw new ConflictError('duplicate key value violates unique constraint: (2025-01-01)');
    });
    app.get('/missing', async () => {
      throw new NotFoundError('gone');
    });
    app.get('/boom', async () => {
      throw new Error('database exploded while writing note "my secret note"');
    });
    await app.ready();
  });
  afterAll(() => app.close());

  const errorOf = async (method: 'GET' | 'POST', url: string, payload?: string, contentType = 'application/json') => {
    const res = await app.inject({ method, url, ...(payload === undefined ? {} : { payload, headers: { 'content-type': contentType } }) });
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    return { status: res.statusCode, headers: res.headers, ...(res.json() as { error: { code: string; message: string; field?: string } }) };
  };

  it('names the field of a validation error', async () => {
    expect(await errorOf('POST', '/echo', '{"n": 6}')).toMatchObject({ status: 400, error: { code: 'invalid', field: 'n', message: 'n must be at most 5.' } });
    expect(await errorOf('POST', '/echo', '{"n": "3"}')).toMatchObject({ status: 400, error: { field: 'n', message: 'n must be a whole number.' } });
    expect(await errorOf('POST', '/echo', '{"n": 1, "m": 2}')).toMatchObject({ status: 400, error: { field: 'm' } });
  });

  it('answers 400 bad_json, 415 and 413 in the same shape', async () => {
    expect(await errorOf('POST', '/echo', '{"n": 1')).toMatchObject({ status: 400, error: { code: 'bad_json' } });
    expect(await errorOf('POST', '/echo', '{"__proto__": {"x": 1}}')).toMatchObject({ status: 400, error: { code: 'bad_json' } });
    expect(await errorOf('POST', '/echo', 'n=1', 'application/x-www-form-urlencoded')).toMatchObject({ status: 415, error: { code: 'unsupported_media_type' } });
    expect(await errorOf('POST', '/echo', 'n', 'text/plain')).toMatchObject({ status: 415 });
    expect(await errorOf('POST', '/echo', JSON.stringify({ n: 'x'.repeat(2000) }))).toMatchObject({ status: 413, error: { code: 'payload_too_large' } });
  });

  it('takes an empty JSON body as no body', async () => {
    const res = await app.inject({ method: 'POST', url: '/optional', headers: { 'content-type': 'application/json' }, payload: '' });
    expect(res.json()).toEqual({ got: null });
    expect(await errorOf('POST', '/echo', '')).toMatchObject({ status: 400, error: { code: 'invalid', field: 'body' } });
  });

  it('maps our own errors and the store\'s to their status, with headers', async () => {
    const limited = await errorOf('GET', '/http-error');
    expect(limited).toMatchObject({ status: 429, error: { code: 'rate_limited', message: 'Slow down.' } });
    expect(limited.headers['retry-after']).toBe('7');
    expect(await errorOf('GET', '/case')).toMatchObject({ status: 400, error: { code: 'invalid', field: 'evidence.fever' } });
    const conflict = await errorOf('GET', '/conflict');
    expect(conflict).toMatchObject({ status: 409, error: { code: 'conflict' } });
    expect(conflict.error.message).not.toContain('2025-01-01');
    expect(await errorOf('GET', '/missing')).toMatchObject({ status: 404, error: { code: 'not_found' } });
  });

  it('answers an unknown route with a JSON 404', async () => {
    expect(await errorOf('GET', '/nowhere?x=1')).toMatchObject({ status: 404, error: { code: 'not_found', message: 'No route GET /nowhere.' } });
  });

  it('answers our own failure with a 500 that blames no one, and logs it without its message', async () => {
    lines.length = 0;
    const res = await errorOf('GET', '/boom');
    expect(res).toMatchObject({ status: 500, error: { code: 'internal' } });
    expect(res.error.message).not.toContain('secret');
    const log = lines.join('');
    expect(log).toContain('request failed');
    expect(log).toContain('"type":"Error"');
    expect(log).not.toContain('secret');
  });
});
