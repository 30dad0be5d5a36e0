/**
 * The server's settings from the environment, checked once at start:
 *
 * | variable       | default      | meaning                                                            |
 * | -------------- | ------------ | ------------------------------------------------------------------ |
 * | `PORT`         | 3000         | TCP port (0 picks a free one)                                      |
 * | `HOST`         | 127.0.0.1    | address to listen on; 0.0.0.0 to be reachable from other machines  |
 * | `DATA_DIR`     | ./data       | the SQLite folder (ksnav.sqlite)                                   |
 * | `DATABASE_URL` | (none)       | postgres://... selects PostgreSQL instead of SQLite                |
 * | `TRUST_PROXY`  | false        | true behind a reverse proxy: client address and HTTPS from X-Forwarded-* |
 * | `LOG_LEVEL`    | info         | pino level                                                         |
 *
 * HOST defaults to loopback because the app holds health data: a person running `npm start` on
 * a laptop should not serve it to the café's network by surprise. Containers and servers set
 * HOST=0.0.0.0 on purpose.
 */
import { resolve } from 'node:path';
import { isPostgresUrl } from '../store/postgres/postgres-dialect.js';
import { DEFAULT_DATA_DIR } from '../store/open-store.js';
import { sqliteFilePath } from '../store/sqlite/sqlite-dialect.js';

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  trustProxy: boolean;
  logLevel: string;
}

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export function readConfig(env: NodeJS.ProcessEnv): ServerConfig {
  const port = env.PORT === undefined || env.PORT === '' ? 3000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number (0-65535), not ${JSON.stringify(env.PORT)}`);
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl !== undefined && !isPostgresUrl(databaseUrl)) throw new Error('DATABASE_URL must be a postgres:// or postgresql:// URL (leave it unset for SQLite)');
  const logLevel = env.LOG_LEVEL || 'info';
  if (!LEVELS.includes(logLevel)) throw new Error(`LOG_LEVEL must be one of ${LEVELS.join(', ')}`);
  return {
    port,
    host: env.HOST || '127.0.0.1',
    dataDir: env.DATA_DIR || DEFAULT_DATA_DIR,
    databaseUrl,
    trustProxy: ['1', 'true', 'yes'].includes((env.TRUST_PROXY ?? '').toLowerCase()),
    logLevel,
  };
}

/** Where the data lives, for the start-up log: never a password. */
export function describeDatabase(config: ServerConfig): string {
  if (config.databaseUrl) {
    const url = new URL(config.databaseUrl);
    if (url.password) url.password = '***';
    return `postgresql ${url.toString()}`;
  }
  return `sqlite ${resolve(sqliteFilePath(config.dataDir))}`;
}
