/**
 * Requests that never become requests: Node's HTTP parser refuses them (headers too large, a
 * malformed request line, a timeout) before Fastify sees them. They get the same error shape as
 * everything else (with the security headers and a request id), written straight to the socket,
 * then the connection is closed.
 */
import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { ApiError, ErrorCode } from '../schemas/api.js';

function answerFor(code: string | undefined): { status: number; error: ApiError['error'] } {
  const make = (status: number, c: ErrorCode, message: string) => ({ status, error: { code: c, message } });
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return make(408, 'timeout', 'The request took too long to arrive.');
  if (code === 'HPE_HEADER_OVERFLOW') return make(431, 'headers_too_large', 'The request line or headers are too large.');
  return make(400, 'invalid', 'The request is not valid HTTP.');
}

/** The handler, with the security headers every answer carries; each answer gets its own request id. */
export function clientErrorHandler(securityHeaders: Readonly<Record<string, string>>): (error: Error & { code?: string }, socket: Socket) => void {
  const headerLines = Object.entries({ ...securityHeaders, 'cache-control': 'no-store' }).map(([name, value]) => `${name}: ${value}\r\n`).join('');
  return (error, socket) => {
    // A reset connection has no one left to answer.
    if (error.code === 'ECONNRESET' || socket.destroyed) return;
    const { status, error: body } = answerFor(error.code);
    const json = JSON.stringify({ error: body });
    if (socket.writable) {
      socket.write(
        `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(json)}\r\n`
        + `x-request-id: ${randomUUID()}\r\n${headerLines}Connection: close\r\n\r\n${json}`,
      );
    }
    socket.destroy();
  };
}
