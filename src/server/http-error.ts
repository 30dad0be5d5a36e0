/**
 * The one error type a route throws on purpose. The errors plugin turns it (and every other
 * error) into `{ error: { code, message, field? } }` with the code's status.
 */
import { ERROR_CODES, type ErrorCode } from '../schemas/api.js';

export class HttpError extends Error {
  override name = 'HttpError';
  readonly statusCode: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    /** Extra response headers, such as Retry-After. */
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.statusCode = ERROR_CODES[code];
  }
}

/** The same answer for "does not exist" and "is someone else's", so ids cannot be probed. */
export function notFound(what: string, field?: string): HttpError {
  return new HttpError('not_found', `No ${what} with this id.`, field);
}
