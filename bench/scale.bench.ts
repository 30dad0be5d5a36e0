/**
 * Scale, on PostgreSQL, in a scratch database of its own (dropped at the end):
 *
 * 1. The dashboard reads of one person (recovery summary, chart series, check-in list), p50 and
 *    p99, on a database that holds only that person.
 * 2. A bulk load beside them: SCALE_PEOPLE people (100,000), each with a session, a saved
 *    assessment and a recovery, and SCALE_CHECKINS check-ins (1,000,000) spread over them with an audit entry
 *    each, by multi-row INSERTs from arrays (`insert ... select from unnest(...)`, 10,000 rows a
 *    statement), then ANALYZE.
 * 3. The same reads again: each p50/p99 must stay within 2x of the empty database's, and the
 *    query plans (EXPLAIN ANALYZE of the statements those reads run) must use indexes, with no
 *    sequential scan.
 * 4. Two server instances (`node dist/server/main.js`) behind HAProxy from Debian on loopback
 *    (`apt-get install haproxy`; the bench starts and stops it), a mixed load of reads and
 *    check-in writes through it, and a rolling restart under that load: SIGTERM to one instance
 *    (which drains: its health check fails while it still serves, then it closes), start it
 *    again, wait until it is healthy, then the same for the other. Counted: failed requests
 *    (anything but the expected answer, the balancer's retries being its own business), and
 *    acknowledged writes that are not in the database afterwards. Both must be 0. Reported:
 *    req/s and latency p50/p99.
 *
 *   npm run bench -- scale                  (builds first; PostgreSQL at KSNAV_TEST_PG_URL)
 *   SCALE_PEOPLE=10000 SCALE_CHECKINS=100000 node --import tsx bench/scale.bench.ts   (a quick look)
 *
 * Exit status 1 when a target is missed.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { sql } from 'kysely';
import { assessValid } from '../src/engine/assess.js';
import { buildApp } from '../src/server/app.js';
import { newToken, tokenHash } from '../src/server/auth/session-token.js';
import { checkInBody, realisticCase } from '../src/server/__fixtures__/test-app.js';
import { connectDatabase, openStore } from '../src/store/open-store.js';
import type { Store } from '../src/store/store.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BASE_URL = process.env.KSNAV_TEST_PG_URL || 'postgres://postgres@127.0.0.1:5432/test';
const PEOPLE = Number(process.env.SCALE_PEOPLE ?? 100_000);
const CHECKINS = Number(process.env.SCALE_CHECKINS ?? 1_000_000);
const BATCH = 10_000;
const READS = Number(process.env.SCALE_READS ?? 400);
const LOAD_SECONDS = Number(process.env.SCALE_LOAD_SECONDS ?? 40);
const WORKERS = 16;
const TARGET_RATIO = 2;

const failures: string[] = [];
const fail = (what: string) => {
  failures.push(what);
  console.log(`MISSED: ${what}`);
};

function dateAfter(start: string, days: number): string {
  return new Date(Date.parse(`${start}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// --- the scratch database -------------------------------------------------------------------
const dbName = `ksnav_scale_${randomBytes(5).toString('hex')}`;
const admin = new pg.Client({ connectionString: BASE_URL });
await admin.connect();
await admin.query(`create database ${dbName}`);
const url = new URL(BASE_URL);
url.pathname = `/${dbName}`;
const DATABASE_URL = url.toString();
console.log(`scratch database ${dbName}; ${PEOPLE.toLocaleString('en')} people, ${CHECKINS.toLocaleString('en')} check-ins`);

const store: Store = await openStore({ databaseUrl: DATABASE_URL });
const children: ChildProcess[] = [];
let scratch: string | undefined;

/** A signed-in person with a saved assessment, a recovery and `days` daily check-ins, made through the store. */
async function person(label: string, days: number): Promise<{ userId: string; cookie: string; csrf: string; recoveryId: string; assessmentId: string }> {
  const user = await store.users.create({ email: `${label}-${randomUUID().slice(0, 8)}@example.org`, passwordHash: 'scrypt$bench' });
  const c = realisticCase();
  const assessment = await store.assessments.create(user.id, { case: c, assessment: assessValid(c) });
  const recovery = await store.recoveries.create(user.id, { onsetDate: '2025-01-01', title: label, assessmentId: assessment.id });
  for (let d = 0; d < days; d++) await store.checkIns.create(user.id, recovery.id, checkInBody(dateAfter('2025-01-02', d), { sleep: d % 11, pain: { leg: 8 - Math.min(7, Math.floor(d / 10)), back: 3 } }));
  const token = newToken();
  const now = new Date();
  const csrf = newToken();
  await store.sessions.create({ idHash: tokenHash(token), userId: user.id, csrfToken: csrf, createdAt: now.toISOString(), expiresAt: new Date(now.getTime() + 30 * 86_400_000).toISOString() });
  return { userId: user.id, cookie: `ksnav_session=${token}`, csrf, recoveryId: recovery.id, assessmentId: assessment.id };
}

async function dashboardTimes(p: { cookie: string; recoveryId: string }): Promise<Record<string, { p50: number; p99: number }>> {
  const app = await buildApp({ store, logger: false, webRoot: null, costLimits: false, sessionIdleMinutes: 0 });
  const routes = {
    summary: `/api/v1/recoveries/${p.recoveryId}/summary?today=2025-04-15`,
    series: `/api/v1/recoveries/${p.recoveryId}/series`,
    checkins: `/api/v1/recoveries/${p.recoveryId}/checkins`,
  };
  const out: Record<string, { p50: number; p99: number }> = {};
  try {
    for (const [name, path] of Object.entries(routes)) {
      for (let i = 0; i < 30; i++) await app.inject({ method: 'GET', url: path, headers: { cookie: p.cookie } });
      const times: number[] = [];
      for (let i = 0; i < READS; i++) {
        const t = performance.now();
        const res = await app.inject({ method: 'GET', url: path, headers: { cookie: p.cookie } });
        times.push(performance.now() - t);
        if (res.statusCode !== 200) throw new Error(`${name}: ${res.statusCode} ${res.body.slice(0, 200)}`);
      }
      times.sort((a, b) => a - b);
      out[name] = { p50: percentile(times, 50), p99: percentile(times, 99) };
    }
  } finally {
    await app.close();
  }
  return out;
}

/** Bulk load: people, their recoveries, and check-ins spread over them, 10,000 rows a statement. */
async function bulkLoad(): Promise<number> {
  const { db } = connectDatabase({ databaseUrl: DATABASE_URL });
  const started = performance.now();
  const created = new Date().toISOString();
  const userIds = Array.from({ length: PEOPLE }, () => randomUUID());
  const recoveryIds = Array.from({ length: PEOPLE }, () => randomUUID());
  const caseJson = JSON.stringify(realisticCase());
  const expires = new Date(Date.now() + 30 * 86_400_000).toISOString();
  try {
    for (let from = 0; from < PEOPLE; from += BATCH) {
      const ids = userIds.slice(from, from + BATCH);
      const emails = ids.map((id) => `${id}@bulk.example`);
      await sql`insert into users (id, email, password_hash, created_at)
        select id, email, 'scrypt$bulk', ${created} from unnest(${ids}::text[], ${emails}::text[]) as t(id, email)`.execute(db);
      // A signed-in session each (a random token's hash), as live sessions are.
      const sessionHashes = ids.map(() => randomBytes(32).toString('hex'));
      await sql`insert into sessions (id_hash, user_id, csrf_token, created_at, expires_at, last_seen_at)
        select h, u, 'csrf', ${created}, ${expires}, ${created} from unnest(${sessionHashes}::text[], ${ids}::text[]) as t(h, u)`.execute(db);
      // One saved assessment each: the real case, and a short stand-in for the 24 KB answer.
      const assessments = ids.map(() => randomUUID());
      await sql`insert into assessments (id, user_id, case_json, assessment_json, created_at)
        select a, u, ${caseJson}, ${'{"triage":{"level":"soon"},"patterns":[]}'}, ${created} from unnest(${assessments}::text[], ${ids}::text[]) as t(a, u)`.execute(db);
      const recoveries = recoveryIds.slice(from, from + BATCH);
      await sql`insert into recoveries (id, user_id, assessment_id, onset_date, title, created_at)
        select r, u, a, '2025-01-01', null, ${created} from unnest(${recoveries}::text[], ${ids}::text[], ${assessments}::text[]) as t(r, u, a)`.execute(db);
    }
    const perPerson = Math.max(1, Math.floor(CHECKINS / PEOPLE));
    for (let from = 0; from < CHECKINS; from += BATCH) {
      const n = Math.min(BATCH, CHECKINS - from);
      const ids: string[] = [];
      const users: string[] = [];
      const recoveries: string[] = [];
      const dates: string[] = [];
      const data: string[] = [];
      for (let i = 0; i < n; i++) {
        const k = from + i;
        const who = Math.floor(k / perPerson) % PEOPLE;
        const date = dateAfter('2025-01-02', k % perPerson + Math.floor(k / (perPerson * PEOPLE)) * perPerson);
        ids.push(randomUUID());
        users.push(userIds[who]!);
        recoveries.push(recoveryIds[who]!);
        dates.push(date);
        data.push(JSON.stringify(checkInBody(date, { sleep: k % 11, note: `bulk ${k}` })));
      }
      await sql`insert into check_ins (id, user_id, recovery_id, date, data_json, created_at, updated_at)
        select id, u, r, d, j, ${created}, ${created}
        from unnest(${ids}::text[], ${users}::text[], ${recoveries}::text[], ${dates}::text[], ${data}::text[]) as t(id, u, r, d, j)`.execute(db);
      // Each check-in's creation in the audit trail, as the API records it.
      await sql`insert into audit_log (at, user_id, action, record_type, record_id, outcome, request_id)
        select ${created}, u, 'checkin.create', 'checkin', id, 'ok', null from unnest(${ids}::text[], ${users}::text[]) as t(id, u)`.execute(db);
      if ((from / BATCH) % 20 === 19) console.log(`  ${(from + n).toLocaleString('en')} check-ins...`);
    }
    await sql`analyze`.execute(db);
  } finally {
    await db.destroy();
  }
  return (performance.now() - started) / 1000;
}

/** EXPLAIN ANALYZE of the statements a dashboard read runs, for one person. */
async function plans(p: { userId: string; cookie: string; recoveryId: string; assessmentId: string }): Promise<void> {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  const hash = tokenHash(p.cookie.split('=')[1]!);
  const statements: [string, string, unknown[]][] = [
    ['session lookup', 'select * from sessions where id_hash = $1 and expires_at > $2', [hash, new Date().toISOString()]],
    ['recovery', 'select * from recoveries where user_id = $1 and id = $2', [p.userId, p.recoveryId]],
    ['check-in list', 'select * from check_ins where user_id = $1 and recovery_id = $2 order by date', [p.userId, p.recoveryId]],
    ['saved assessment', 'select * from assessments where user_id = $1 and id = $2', [p.userId, p.assessmentId]],
    ["a person's audit trail", 'select * from audit_log where user_id = $1 order by id', [p.userId]],
  ];
  try {
    for (const [name, text, values] of statements) {
      const { rows } = await client.query<{ 'QUERY PLAN': string }>(`explain (analyze, costs off, timing off, summary off) ${text}`, values);
      const plan = rows.map((r) => r['QUERY PLAN']);
      console.log(`\n-- ${name}: ${text}\n${plan.map((l) => `   ${l}`).join('\n')}`);
      if (plan.some((l) => /Seq Scan/.test(l))) fail(`${name} uses a sequential scan`);
      if (!plan.some((l) => /Index (Only )?Scan|Bitmap Index Scan/.test(l))) fail(`${name} uses no index`);
    }
  } finally {
    await client.end();
  }
}

// --- two instances behind HAProxy -----------------------------------------------------------
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

function request(port: number, method: string, path: string, headers: Record<string, string>, body?: string, agent?: http.Agent): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path, agent: agent ?? false, headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) } }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (c: string) => (text += c)).on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.setTimeout(30_000, () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(body);
  });
}

async function untilHealthy(port: number, seconds = 30): Promise<void> {
  for (let i = 0; i < seconds * 10; i++) {
    try {
      if ((await request(port, 'GET', '/healthz', {})).status === 200) return;
    } catch {
      // not up yet
    }
    await sleep(100);
  }
  throw new Error(`instance on ${port} did not become healthy`);
}

function startInstance(port: number): ChildProcess {
  const child = spawn(process.execPath, [join(ROOT, 'dist/server/main.js')], {
    cwd: ROOT,
    // Drains longer than the balancer takes to see a failing check (fall 2 x inter 500 ms).
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL, LOG_LEVEL: 'warn', TRUST_PROXY: '127.0.0.1', SHUTDOWN_DRAIN_SECONDS: '3' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.push(child);
  return child;
}

async function stopInstance(child: ChildProcess): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  return exited;
}

async function rollingRestart(people: { cookie: string; csrf: string; recoveryId: string }[]): Promise<void> {
  if (!existsSync(join(ROOT, 'dist/server/main.js'))) throw new Error('dist/server/main.js is missing: run `npm run bench -- scale`, which builds first');
  const haproxy = spawnSync('sh', ['-c', 'command -v haproxy']).stdout.toString().trim();
  if (!haproxy) {
    fail('HAProxy is not installed: apt-get install -y haproxy (Debian), then run again');
    return;
  }
  const [front, portA, portB] = [await freePort(), await freePort(), await freePort()];
  scratch = await mkdtemp(join(tmpdir(), 'ksnav-scale-'));
  const config = join(scratch, 'haproxy.cfg');
  await writeFile(config, [
    'global',
    '  maxconn 4096',
    'defaults',
    '  mode http',
    '  timeout connect 2s',
    '  timeout client 30s',
    '  timeout server 30s',
    // A busy instance may take a while to answer its health check: that is not "down".
    '  timeout check 3s',
    '  retries 3',
    '  option redispatch 1',
    '  retry-on conn-failure empty-response response-timeout 503',
    '  option http-server-close',
    'frontend front',
    `  bind 127.0.0.1:${front}`,
    '  default_backend instances',
    'backend instances',
    '  balance roundrobin',
    '  option httpchk GET /healthz',
    '  http-check expect status 200',
    '  default-server inter 500ms fall 2 rise 2',
    `  server a 127.0.0.1:${portA} check`,
    `  server b 127.0.0.1:${portB} check`,
    '',
  ].join('\n'));
  const instances = { a: startInstance(portA), b: startInstance(portB) };
  await Promise.all([untilHealthy(portA), untilHealthy(portB)]);
  const proxy = spawn(haproxy, ['-f', config, '-db'], { stdio: ['ignore', 'ignore', 'inherit'] });
  children.push(proxy);
  await untilHealthy(front);
  console.log(`\nHAProxy on 127.0.0.1:${front} -> instances on ${portA} and ${portB}; ${WORKERS} clients for ${LOAD_SECONDS} s, rolling restart under load`);

  const agent = new http.Agent({ keepAlive: true, maxSockets: WORKERS });
  const latencies: number[] = [];
  const problems = new Map<string, number>();
  const acknowledged: { recoveryId: string; date: string }[] = [];
  let running = true;
  const workers = Array.from({ length: WORKERS }, async (_, w) => {
    const me = people[w % people.length]!;
    // Each worker writes into its own recovery, one new day each time.
    let day = 1000 + w * 100_000;
    let i = 0;
    while (running) {
      i++;
      const write = i % 4 === 0;
      const path = write ? `/api/v1/recoveries/${me.recoveryId}/checkins`
        : [`/api/v1/recoveries/${me.recoveryId}/summary?today=2025-04-15`, `/api/v1/recoveries/${me.recoveryId}/series`, `/api/v1/recoveries/${me.recoveryId}/checkins`][i % 3]!;
      const date = dateAfter('2025-01-02', day);
      const t = performance.now();
      try {
        const res = await request(front, write ? 'POST' : 'GET', path, { cookie: me.cookie, ...(write ? { 'x-csrf-token': me.csrf } : {}) },
          write ? JSON.stringify(checkInBody(date, { note: `rolling ${w}-${i}` })) : undefined, agent);
        latencies.push(performance.now() - t);
        if (res.status === (write ? 201 : 200)) {
          if (write) {
            acknowledged.push({ recoveryId: me.recoveryId, date });
            day++;
          }
        } else {
          const key = `${write ? 'write' : 'read'} ${res.status}`;
          problems.set(key, (problems.get(key) ?? 0) + 1);
          if (write) day++;
        }
      } catch (error) {
        const key = `${write ? 'write' : 'read'} ${(error as Error).message}`;
        problems.set(key, (problems.get(key) ?? 0) + 1);
        if (write) day++;
      }
    }
  });

  const started = performance.now();
  const restarts = (async () => {
    await sleep(LOAD_SECONDS * 1000 * 0.2);
    for (const [name, port] of [['a', portA], ['b', portB]] as const) {
      const t = performance.now();
      const code = await stopInstance(instances[name]);
      instances[name] = startInstance(port);
      await untilHealthy(port);
      // Until the balancer has seen it healthy (rise 2 x 500 ms).
      await sleep(2000);
      console.log(`  instance ${name}: stopped (exit ${code}) and back in ${((performance.now() - t) / 1000).toFixed(1)} s`);
      if (code !== 0) fail(`instance ${name} exited ${code} on SIGTERM`);
    }
  })();
  await sleep(LOAD_SECONDS * 1000);
  await restarts;
  running = false;
  await Promise.all(workers);
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();

  // Every acknowledged write is in the database.
  const { db } = connectDatabase({ databaseUrl: DATABASE_URL });
  let lost = 0;
  try {
    const byRecovery = new Map<string, Set<string>>();
    for (const w of acknowledged) byRecovery.set(w.recoveryId, (byRecovery.get(w.recoveryId) ?? new Set()).add(w.date));
    for (const [recoveryId, dates] of byRecovery) {
      const rows = await db.selectFrom('check_ins').select('date').where('recovery_id', '=', recoveryId).execute();
      const stored = new Set(rows.map((r) => r.date));
      for (const d of dates) if (!stored.has(d)) lost++;
    }
  } finally {
    await db.destroy();
  }
  latencies.sort((a, b) => a - b);
  const failed = [...problems.values()].reduce((a, b) => a + b, 0);
  console.table([{
    requests: latencies.length + failed,
    'req/s': Math.round((latencies.length + failed) / seconds),
    'p50 ms': percentile(latencies, 50).toFixed(1),
    'p99 ms': percentile(latencies, 99).toFixed(1),
    'acknowledged writes': acknowledged.length,
    'failed requests': failed,
    'acknowledged writes lost': lost,
  }]);
  if (failed > 0) fail(`${failed} failed requests through the balancer: ${JSON.stringify(Object.fromEntries(problems))}`);
  if (lost > 0) fail(`${lost} acknowledged writes lost`);
  for (const child of [instances.a, instances.b]) await stopInstance(child);
  proxy.kill('SIGTERM');
}

try {
  const one = await person('dashboard', 90);
  const empty = await dashboardTimes(one);
  const loadSeconds = await bulkLoad();
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  const sizes = (await client.query<{ people: string; checkins: string }>('select (select count(*) from users) as people, (select count(*) from check_ins) as checkins')).rows[0]!;
  await client.end();
  console.log(`bulk load: ${Number(sizes.people).toLocaleString('en')} people, ${Number(sizes.checkins).toLocaleString('en')} check-ins in ${loadSeconds.toFixed(1)} s`);
  const loaded = await dashboardTimes(one);
  console.log(`\ndashboard reads of one person (90 check-ins), ${READS} each, app.inject on one PostgreSQL connection pool:`);
  console.table(Object.keys(empty).map((name) => ({
    read: name,
    'empty p50 ms': empty[name]!.p50.toFixed(2),
    'loaded p50 ms': loaded[name]!.p50.toFixed(2),
    'p50 ratio': (loaded[name]!.p50 / empty[name]!.p50).toFixed(2),
    'empty p99 ms': empty[name]!.p99.toFixed(2),
    'loaded p99 ms': loaded[name]!.p99.toFixed(2),
    'p99 ratio': (loaded[name]!.p99 / empty[name]!.p99).toFixed(2),
  })));
  for (const name of Object.keys(empty)) {
    for (const q of ['p50', 'p99'] as const) {
      const ratio = loaded[name]![q] / empty[name]![q];
      if (ratio > TARGET_RATIO) fail(`${name} ${q} ${ratio.toFixed(2)}x the empty database's (target <= ${TARGET_RATIO}x)`);
    }
  }
  await plans(one);

  const people = [one];
  for (let i = 0; i < 7; i++) people.push(await person(`rolling-${i}`, 30));
  await rollingRestart(people);
} finally {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await store.close();
  await admin.query(`drop database if exists ${dbName} with (force)`);
  await admin.end();
  if (scratch) await rm(scratch, { recursive: true, force: true });
}
console.log(failures.length === 0 ? '\nscale: every target met' : `\nscale: ${failures.length} target(s) MISSED`);
process.exitCode = failures.length === 0 ? 0 : 1;
