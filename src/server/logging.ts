/**
 * Logging that cannot leak health data. Fastify's own request logging is off; one line per
 * request is written by the request-log plugin with method, route, status, request id and user
 * id only. The serialisers below make sure that anything else that reaches the logger (an error,
 * a request or reply object) is cut down to the same harmless fields, and redaction drops bodies,
 * cookies, tokens and passwords should a future line try to log them.
 */
import type { FastifyServerOptions } from 'fastify';

export interface LogDestination {
  write(line: string): void;
}

export interface LoggingOptions {
  /** Default 'info'. */
  level?: string;
  /** Default standard output. */
  stream?: LogDestination;
}

/** Top-level and request/response paths only: wildcard paths cost on every log line. */
const REDACT_PATHS = [
  'body', 'payload', 'case', 'answers', 'evidence', 'pain', 'note', 'notes', 'data', 'query', 'headers',
  'password', 'currentPassword', 'newPassword', 'csrfToken', 'token', 'cookie', 'cookies',
  'req.body', 'req.headers', 'req.query', 'req.url', 'res.headers', 'request.body', 'request.headers',
];

interface RequestLike {
  id?: unknown;
  method?: unknown;
  routeOptions?: { url?: unknown };
}

/** Only the route pattern (/api/v1/recoveries/:id), never the raw URL with its query string. */
function serializeRequest(request: RequestLike): Record<string, unknown> {
  return { id: request.id, method: request.method, route: request.routeOptions?.url };
}

function serializeReply(reply: { statusCode?: unknown }): Record<string, unknown> {
  return { statusCode: reply.statusCode };
}

/**
 * Name, code and stack frames; not the message, which for a database or parser error can quote
 * the data that was being written.
 */
export function serializeError(error: unknown): { type: string; message: string; stack: string; [key: string]: unknown } {
  if (!(error instanceof Error)) return { type: typeof error, message: 'not an Error', stack: '' };
  const e = error as Error & { code?: unknown; statusCode?: unknown };
  const code = typeof e.code === 'string' ? e.code : undefined;
  const frames = (e.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line)).slice(0, 15).join('\n');
  return { type: e.name, message: `${e.name}${code ? ` ${code}` : ''} (message not logged)`, code, statusCode: e.statusCode, stack: frames };
}

export function loggerOptions(options: LoggingOptions | false | undefined): FastifyServerOptions['logger'] {
  if (options === false) return false;
  return {
    level: options?.level ?? 'info',
    ...(options?.stream ? { stream: options.stream } : {}),
    redact: { paths: REDACT_PATHS, remove: true },
    serializers: { req: serializeRequest, res: serializeReply, err: serializeError, error: serializeError },
  };
}
