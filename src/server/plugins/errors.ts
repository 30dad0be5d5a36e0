/**
 * One error shape for everything: `{ error: { code, message, field? } }`. Client mistakes
 * (validation, bad JSON, wrong content type, too large, unknown route) are 4xx with a message
 * that names the problem; only our own failures are 5xx, and only those are logged as errors.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { CaseValidationError } from '../../engine/validate.js';
import type { ApiError, ErrorCode } from '../../schemas/api.js';
import { isDatabaseUnavailable } from '../../store/database-unavailable.js';
import { ConflictError, NotFoundError } from '../../store/store.js';
import { HttpError } from '../http-error.js';
import { explainValidation, type AjvError } from '../validation-errors.js';
import { appWide } from './app-wide.js';

/** Fastify's own client errors: their messages are fixed strings, safe to show. */
const FASTIFY_CLIENT_ERRORS: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_JSON_BODY: 'bad_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'bad_json',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'invalid',
};

const BY_STATUS: Record<number, ErrorCode> = {
  400: 'invalid', 401: 'unauthorized', 403: 'forbidden', 404: 'not_found', 409: 'conflict', 413: 'payload_too_large', 415: 'unsupported_media_type', 429: 'rate_limited',
};

interface Answer {
  status: number;
  body: ApiError;
  headers?: Readonly<Record<string, string>>;
}

export function answer(status: number, code: ErrorCode, message: string, field?: string): Answer {
  return { status, body: { error: field === undefined ? { code, message } : { code, message, field } } };
}

export function toAnswer(error: unknown): Answer {
  if (error instanceof HttpError) {
    return { ...answer(error.statusCode, error.code, error.message, error.field), headers: error.headers };
  }
  if (error instanceof CaseValidationError) return answer(400, 'invalid', `${error.field} ${error.errors[0]?.message ?? 'is not valid'}.`, error.field);
  if (error instanceof ConflictError) return answer(409, 'conflict', 'This conflicts with a record that already exists.');
  if (error instanceof NotFoundError) return answer(404, 'not_found', 'No such record.');
  if (isDatabaseUnavailable(error)) {
    return { ...answer(503, 'unavailable', 'The database is not available right now: try again in a moment.'), headers: { 'retry-after': '1' } };
  }
  const e = error as Partial<FastifyError> & { validation?: AjvError[]; validationContext?: string };
  if (Array.isArray(e.validation)) {
    const problem = explainValidation(e.validation, e.validationContext);
    return answer(400, 'invalid', problem.message, problem.field);
  }
  const fastifyCode = typeof e.code === 'string' ? FASTIFY_CLIENT_ERRORS[e.code] : undefined;
  if (fastifyCode === 'unsupported_media_type') return answer(415, fastifyCode, 'Send the body as JSON, with content-type: application/json.');
  if (fastifyCode) return answer(e.statusCode ?? 400, fastifyCode, e.message ?? 'The request is not valid.');
  const status = e.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return answer(status, BY_STATUS[status] ?? 'invalid', status === 404 ? 'Not found.' : 'The request is not valid.');
  }
  return answer(500, 'internal', 'Something went wrong on our side. Nothing you sent was the cause; please try again.');
}

export function sendError(reply: FastifyReply, result: Answer): FastifyReply {
  if (result.headers) reply.headers(result.headers);
  return reply.code(result.status).type('application/json; charset=utf-8').send(result.body);
}

export const errorsPlugin = appWide('ksnav-errors', async (app) => {
  app.setErrorHandler((error, request, reply) => {
    const result = toAnswer(error);
    if (result.status === 503) request.log.warn({ err: error }, 'database unavailable');
    else if (result.status >= 500) request.log.error({ err: error }, 'request failed');
    return sendError(reply, result);
  });

  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    if (app.hasDecorator('serveWebApp') && app.serveWebApp(request, reply)) return reply;
    const path = request.url.split('?')[0]?.slice(0, 200) ?? '';
    return sendError(reply, answer(404, 'not_found', `No route ${request.method} ${path}.`));
  });
});
