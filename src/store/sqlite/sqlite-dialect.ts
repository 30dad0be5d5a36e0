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
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from '../kysely/database.js';

export const SQLITE_FILE_NAME = 'ksnav.sqlite';
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

export function sqliteFilePath(dataDir: string): string {
  return join(dataDir, SQLITE_FILE_NAME);
}

/**
 * Health data is for the server's own user alone: a folder it creates is 0700, and the database
 * file 0600 (made so before SQLite opens it, and tightened if an older version left it readable).
 * SQLite gives the -wal and -shm files the database file's permissions.
 */
function privateFiles(dataDir: string): void {
  if (mkdirSync(dataDir, { recursive: true, mode: 0o700 }) !== undefined) chmodSync(dataDir, 0o700);
  const file = sqliteFilePath(dataDir);
  if (!existsSync(file)) closeSync(openSync(file, 'a', 0o600));
  for (const path of [file, `${file}-wal`, `${file}-shm`]) {
    if (existsSync(path) && (statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
  }
}

/** Opens (creating the folder and file if needed) the SQLite database with our pragmas. */
export function openSqliteDatabase(dataDir: string): BetterSqlite3.Database {
  privateFiles(dataDir);
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
