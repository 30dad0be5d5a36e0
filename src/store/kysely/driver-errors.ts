/**
 * Recognises constraint violations from both drivers, so the store can turn them into the
 * Store's own errors (ConflictError, NotFoundError) whatever the database.
 *
 * better-sqlite3 throws SqliteError with extended result codes (SQLITE_CONSTRAINT_UNIQUE...);
 * pg throws DatabaseError with SQLSTATE codes (23505 unique_violation, 23503 foreign_key_violation).
 */
import { NotFoundError } from '../store.js';

function codeOf(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'code' in error ? (error as { code: unknown }).code : undefined;
}

export function isUniqueViolation(error: unknown): boolean {
  const code = codeOf(error);
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

export function isForeignKeyViolation(error: unknown): boolean {
  const code = codeOf(error);
  return code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}

/** A row that points at a missing owner (a user erased meanwhile) is "not found", not a crash. */
export function rethrowMissingOwner(error: unknown, what: string): never {
  if (isForeignKeyViolation(error)) throw new NotFoundError(`${what} not found`, { cause: error });
  throw error;
}
