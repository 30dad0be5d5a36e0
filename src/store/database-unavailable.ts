/**
 * Errors that mean "the database cannot serve this now", not "this request is wrong": a dropped
 * or refused connection, a server shutting down or failing over, a full disk, a read-only
 * standby, a lock held too long. The server answers them 503 with Retry-After, so a client or a
 * load balancer tries again, instead of 500.
 *
 * pg reports SQLSTATE codes (class 08 connection exception, 57P01-57P03 shutdown, 53xxx
 * insufficient resources, 25006 read-only transaction, 57014 statement timeout) or, for a
 * connection that ends under it, plain errors and socket errnos; better-sqlite3 reports SQLite's
 * result codes (SQLITE_BUSY, SQLITE_FULL, SQLITE_IOERR_*, SQLITE_READONLY_*...).
 */
const PG_CODES = new Set(['57P01', '57P02', '57P03', '53000', '53100', '53200', '53300', '25006', '57014', '58000', '58030']);
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
const SQLITE_PREFIXES = ['SQLITE_BUSY', 'SQLITE_LOCKED', 'SQLITE_FULL', 'SQLITE_IOERR', 'SQLITE_READONLY', 'SQLITE_CANTOPEN', 'SQLITE_NOMEM', 'SQLITE_PROTOCOL'];
/** What pg and Kysely say, without a code, when a connection or the pool is gone. */
const MESSAGES = [
  /^Connection terminated/,
  /not queryable/,
  /^timeout exceeded when trying to connect/,
  /^Query read timeout/,
  /^Cannot use a pool after calling end/,
  /^driver has already been destroyed/,
  /^The database connection is not open/,
];

export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string') {
    if (code.startsWith('08') && code.length === 5) return true;
    if (PG_CODES.has(code) || SOCKET_CODES.has(code)) return true;
    if (SQLITE_PREFIXES.some((prefix) => code.startsWith(prefix))) return true;
  }
  return typeof message === 'string' && MESSAGES.some((pattern) => pattern.test(message));
}
