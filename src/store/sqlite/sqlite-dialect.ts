/**
 * The embedded default: one SQLite file, `<dataDir>/ksnav.sqlite`, through better-sqlite3.
 *
 * Pragmas, set on the connection before any query:
 * - journal_mode=WAL: readers do not block the writer; persistent in the file.
 * - synchronous=FULL: a write is on disk when its commit returns, so an acknowledged write
 *   survives a crash or power cut, not just a killed process.
 * - foreign_keys=ON: SQLite leaves them off by default; cascades and ownership keys need them.
 * - busy_timeout=5000: wait up to 5 s for another connection's lock instead of failing at once.
 * - secure_delete=ON: deleted content is overwritten with zeros, in its page and in freed pages,
 *   so an erased account cannot be read back from the file (the store also checkpoints the
 *   write-ahead log after an erase: see StoreContext.afterErase).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from '../kysely/database.js';

export const SQLITE_FILE_NAME = 'ksnav.sqlite';
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

export function sqliteFilePath(dataDir: string): string {
  return join(dataDir, SQLITE_FILE_NAME);
}

/** Opens (creating the folder and file if needed) the SQLite database with our pragmas. */
export function openSqliteDatabase(dataDir: string): BetterSqlite3.Database {
  mkdirSync(dataDir, { recursive: true });
  const db = new BetterSqlite3(sqliteFilePath(dataDir), { timeout: SQLITE_BUSY_TIMEOUT_MS });
  try {
    db.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('secure_delete = ON');
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

export function createSqliteKysely(dataDir: string): Kysely<Database> {
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: openSqliteDatabase(dataDir) }) });
}
