/** What every query module shares: the database, its dialect, the clock and the id source. */
import type { Kysely } from 'kysely';
import type { Database, StoreDialect } from './database.js';

export interface StoreContext {
  db: Kysely<Database>;
  dialect: StoreDialect;
  /** The current time as ISO-8601 text (`Date#toISOString`), the one timestamp format stored. */
  now(): string;
  newId(): string;
  /**
   * After health data was deleted or replaced: on SQLite, moves every page out of the write-ahead
   * log into the database file (where secure_delete has zeroed the old content) and truncates
   * the log, whose older frames still hold the data. Nothing to do on PostgreSQL (docs/security.md
   * says what remains there until VACUUM).
   */
  afterErase(): Promise<void>;
}
