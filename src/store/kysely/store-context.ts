/** What every query module shares: the database, its dialect, the clock and the id source. */
import type { Kysely } from 'kysely';
import type { Database, StoreDialect } from './database.js';

export interface StoreContext {
  db: Kysely<Database>;
  dialect: StoreDialect;
  /** The current time as ISO-8601 text (`Date#toISOString`), the one timestamp format stored. */
  now(): string;
  newId(): string;
}
