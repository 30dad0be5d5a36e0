/**
 * The server's settings from the environment, checked once at start:
 *
 * | variable       | default      | meaning                                                            |
 * | -------------- | ------------ | ------------------------------------------------------------------ |
 * | `PORT`         | 3000         | TCP port (0 picks a free one)                                      |
 * | `HOST`         | 127.0.0.1    | address to listen on; 0.0.0.0 to be reachable from other machines  |
 * | `DATA_DIR`     | ./data       | the SQLite folder (ksnav.sqlite)                                   |
 * | `DATABASE_URL` | (none)       | postgres://... selects PostgreSQL instead of SQLite                |
 * | `TRUST_PROXY`  | (none)       | behind proxies: how many hops (1) or their addresses/CIDRs (10.0.0.0/8,127.0.0.1) |
 * | `LOG_LEVEL`    | info         | pino level                                                         |
 * | `RATE_LIMIT_WINDOW_SECONDS` | 10 | the window of the expensive routes' CPU budget                 |
 * | `RATE_LIMIT_CLIENT_UNITS`   | 600 | cost units one client may spend a window (a PDF is 40, an assessment 2); 0 turns the budget off |
 * | `RATE_LIMIT_INSTANCE_UNITS` | 7000 | cost units all clients of this instance may spend a window before fair shares apply |
 * | `REQUEST_TIMEOUT_SECONDS`   | 30  | how long a request (headers and body) may take to arrive; then 408 |
 * | `PUBLIC_URL`   | (none)       | where people reach the app (https://ksnav.clinic.example): links in CDS cards |
 * | `SHUTDOWN_DRAIN_SECONDS`    | 0   | on SIGTERM, /healthz says `draining` this long (requests still served) before closing |
 * | `SESSION_IDLE_MINUTES`      | 60  | a session unused this long ends; 0 never                            |
 * | `AUDIT_RETENTION_DAYS`      | 180 | how long an erased account's pseudonymous audit trail is kept; 0 erases it with the account |
 *
 * TRUST_PROXY=true is refused: it would trust every hop, so any client could name its own address
 * in X-Forwarded-For and escape the per-address limits. Name the proxies instead.
 * HOST defaults to loopback because the app holds health data: a person running `npm start` on
 * a laptop should not serve it to the café's network by surprise. Containers and servers set
 * HOST=0.0.0.0 on purpose.
 */
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { isPostgresUrl } from '../store/postgres/postgres-dialect.js';
import { DEFAULT_DATA_DIR } from '../store/open-store.js';
import { sqliteFilePath } from '../store/sqlite/sqlite-dialect.js';
import { DEFAULT_COST_LIMITS } from './plugins/cost-limits.js';
import type { CostLimitSettings, TrustProxy } from './types.js';

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  trustProxy: TrustProxy;
  logLevel: string;
  costLimits: CostLimitSettings | false;
  requestTimeoutMs: number;
  publicUrl: string | null;
  shutdownDrainMs: number;
  sessionIdleMinutes: number;
  auditRetentionDays: number;
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
    trustProxy: readTrustProxy(env.TRUST_PROXY),
    logLevel,
    costLimits: readCostLimits(env),
    requestTimeoutMs: wholeNumber(env, 'REQUEST_TIMEOUT_SECONDS', 30, 1) * 1000,
    publicUrl: readPublicUrl(env.PUBLIC_URL),
    shutdownDrainMs: wholeNumber(env, 'SHUTDOWN_DRAIN_SECONDS', 0) * 1000,
    sessionIdleMinutes: wholeNumber(env, 'SESSION_IDLE_MINUTES', 60),
    auditRetentionDays: wholeNumber(env, 'AUDIT_RETENTION_DAYS', 180),
  };
}

/** proxy-addr's names for address ranges, accepted beside addresses and CIDRs. */
const RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrCidr(text: string): boolean {
  if (RANGE_NAMES.has(text)) return true;
  const [address, bits, extra] = text.split('/');
  const version = isIP(address ?? '');
  if (version === 0 || extra !== undefined) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128);
}

export function readTrustProxy(value: string | undefined): TrustProxy {
  const text = (value ?? '').trim().toLowerCase();
  if (text === '' || text === 'false' || text === 'no' || text === '0') return false;
  if (text === 'true' || text === 'yes') {
    throw new Error('TRUST_PROXY=true would trust every hop, so any client could choose its address with X-Forwarded-For: '
      + 'set the number of proxies in front of the server (1 for one load balancer) or their addresses (such as 10.0.0.0/8,127.0.0.1)');
  }
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > 10) throw new Error(`TRUST_PROXY must be a hop count from 1 to 10 or proxy addresses, not ${hops}`);
    return hops;
  }
  const addresses = text.split(',').map((a) => a.trim()).filter(Boolean);
  const bad = addresses.find((a) => !isAddressOrCidr(a));
  if (bad !== undefined) throw new Error(`TRUST_PROXY must be a hop count or a list of proxy addresses or CIDRs; ${JSON.stringify(bad)} is neither`);
  return addresses;
}

function readPublicUrl(value: string | undefined): string | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`PUBLIC_URL must be an http:// or https:// URL, not ${JSON.stringify(value)}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('PUBLIC_URL must be an http:// or https:// URL');
  if (url.search || url.hash || url.username) throw new Error('PUBLIC_URL must have no query, fragment or credentials');
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 0): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be a whole number of at least ${min}, not ${JSON.stringify(raw)}`);
  return n;
}

function readCostLimits(env: NodeJS.ProcessEnv): CostLimitSettings | false {
  const clientUnits = wholeNumber(env, 'RATE_LIMIT_CLIENT_UNITS', DEFAULT_COST_LIMITS.clientUnits);
  if (clientUnits === 0) return false;
  return {
    windowSeconds: wholeNumber(env, 'RATE_LIMIT_WINDOW_SECONDS', DEFAULT_COST_LIMITS.windowSeconds, 1),
    clientUnits,
    instanceUnits: wholeNumber(env, 'RATE_LIMIT_INSTANCE_UNITS', DEFAULT_COST_LIMITS.instanceUnits, 1),
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
