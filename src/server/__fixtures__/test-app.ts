/**
 * The API test harness: the real app on a real store of each dialect (a temporary SQLite folder
 * and a temporary PostgreSQL database, via test/support/databases.ts), a client that keeps a
 * session cookie and CSRF token like a browser would, and realistic request bodies.
 *
 * Tests use a low scrypt cost (2^10, the production default is 2^15) and a high sign-in rate
 * limit, so that many registrations stay quick; the tests of those two set their own.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { countRows, describeEachDialect, inspectDatabase, openTempStore, type TempStore } from '../../../test/support/databases.js';
import type { Case } from '../../schemas/case.js';
import type { CheckInInput } from '../../schemas/checkin.js';
import type { StoreDialect, TableName } from '../../store/kysely/database.js';
import type { OpenStoreOptions } from '../../store/open-store.js';
import type { Store } from '../../store/store.js';
import { buildApp, type BuildAppOptions } from '../app.js';

export const TEST_SCRYPT_COST = 2 ** 10;
export const TEST_PASSWORD = 'correct horse battery staple';
/** On, so every request passes through the limiter, but never reached by the tests' traffic. */
export const GENEROUS_COST_LIMITS = { windowSeconds: 60, clientUnits: 1e9, instanceUnits: 1e9 };

export function testAppOptions(store: Store, extra: Partial<BuildAppOptions> = {}): BuildAppOptions {
  return { store, logger: false, webRoot: null, scryptCost: TEST_SCRYPT_COST, authRateLimit: { max: 10_000, windowSeconds: 60 }, costLimits: GENEROUS_COST_LIMITS, ...extra };
}

export interface ApiContext {
  readonly app: FastifyInstance;
  readonly store: Store;
  readonly dialect: StoreDialect;
  readonly options: OpenStoreOptions;
  /** Row counts of every table (only this user's rows when a user id is given). */
  counts(userId?: string): Promise<Record<TableName, number>>;
}

/** The suite once per dialect, each with its own database and app. */
export function describeApi(name: string, suite: (t: ApiContext) => void, appOptions: Partial<BuildAppOptions> = {}): void {
  describeEachDialect(name, (db) => {
    let app: FastifyInstance | undefined;
    beforeAll(async () => {
      app = await buildApp(testAppOptions(db.store, appOptions));
    });
    afterAll(async () => {
      await app?.close();
    });
    suite({
      get app() {
        if (!app) throw new Error('the app is built in beforeAll');
        return app;
      },
      get store() { return db.store; },
      get dialect() { return db.dialect; },
      get options() { return db.options; },
      counts: (userId) => inspectDatabase(db.options, (k) => countRows(k, userId)),
    });
  });
}

/**
 * One app on a temporary SQLite store for the enclosing suite, for what does not depend on the
 * database (headers, FHIR and CDS Hooks routes, which store nothing): built before, closed after.
 */
export function useSqliteApp(appOptions: Partial<BuildAppOptions> = {}): { readonly app: FastifyInstance; readonly temp: TempStore } {
  let temp: TempStore | undefined;
  let app: FastifyInstance | undefined;
  beforeAll(async () => {
    temp = await openTempStore('sqlite');
    app = await buildApp(testAppOptions(temp.store, appOptions));
  });
  afterAll(async () => {
    await app?.close();
    await temp?.close();
  });
  return {
    get app() {
      if (!app) throw new Error('the app is built in beforeAll');
      return app;
    },
    get temp() {
      if (!temp) throw new Error('the store opens in beforeAll');
      return temp;
    },
  };
}

export function uniqueEmail(label = 'user'): string {
  return `${label}-${randomUUID().slice(0, 8)}@example.org`;
}

export interface Body {
  [key: string]: unknown;
}

/** A browser-like client: keeps the session cookie and sends the CSRF token on changes. */
export class Client {
  cookie: string | undefined;
  csrf: string | undefined;
  userId: string | undefined;
  email: string | undefined;

  constructor(private readonly app: FastifyInstance) {}

  /** Registers (which signs no one in), then signs in, as the web app does. */
  static async registered(app: FastifyInstance, email = uniqueEmail(), password = TEST_PASSWORD): Promise<Client> {
    const client = new Client(app);
    const res = await client.send('POST', '/api/v1/auth/register', { email, password });
    if (res.statusCode !== 202) throw new Error(`register failed: ${res.statusCode} ${res.body}`);
    const login = await client.send('POST', '/api/v1/auth/login', { email, password });
    if (login.statusCode !== 200) throw new Error(`login failed: ${login.statusCode} ${login.body}`);
    return client;
  }

  /** Sends a request; `csrf: false` leaves the token out, a string sends that one instead. */
  async send(method: InjectOptions['method'], url: string, body?: unknown, options: { csrf?: boolean | string; headers?: Record<string, string> } = {}): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = { ...options.headers };
    if (this.cookie) headers.cookie = `ksnav_session=${this.cookie}`;
    const csrf = options.csrf === undefined || options.csrf === true ? this.csrf : options.csrf === false ? undefined : options.csrf;
    if (csrf && method !== 'GET') headers['x-csrf-token'] = csrf;
    const res = await this.app.inject({ method, url, headers, ...(body === undefined ? {} : { payload: body as Body }) });
    this.remember(res);
    return res;
  }

  private remember(res: LightMyRequestResponse): void {
    const cookie = res.cookies.find((c) => c.name === 'ksnav_session');
    if (cookie) this.cookie = cookie.value === '' ? undefined : cookie.value;
    if (res.headers['content-type']?.toString().startsWith('application/json') && res.statusCode < 300) {
      const json = res.json() as { csrfToken?: string; user?: { id: string; email: string } };
      if (json && typeof json === 'object' && 'csrfToken' in json && json.user) {
        this.csrf = json.csrfToken;
        this.userId = json.user.id;
        this.email = json.user.email;
      }
    }
  }
}

const VIGNETTE = new URL('../../../test/vignettes/dev-01-acute-sciatica.json', import.meta.url);

/** A realistic case: the first development vignette without its expectations. */
export function realisticCase(): Case {
  const { expected: _expected, ...c } = JSON.parse(readFileSync(VIGNETTE, 'utf8')) as Case & { expected: unknown };
  return c;
}

export function checkInBody(date: string, overrides: Partial<CheckInInput> = {}): CheckInInput {
  return {
    date,
    pain: { leg: 6, back: 3 },
    numbnessTingling: true,
    swelling: 'none',
    weakness: false,
    walkingTolerance: '15_to_30_min',
    sleep: 6,
    exercisesDone: [],
    medicinesTaken: ['paracetamol'],
    note: 'walked to the shop',
    redFlags: { saddle_numbness: false, bladder_change: false },
    ...overrides,
  };
}

/** A record id that exists nowhere. */
export const MISSING_ID = '00000000-0000-4000-8000-000000000000';
