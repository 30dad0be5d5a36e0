/**
 * The API against a bare Fastify route, in one process, on loopback, with autocannon running in
 * the same process: `POST /api/v1/assessments` (anonymous, a realistic case) of the real app
 * (every plugin: security headers, session lookup, CSRF and origin checks, the cost limit, NUL
 * check, schema validation, the engine, serialisation, the request log line) against a bare Fastify `POST` that answers a fixed
 * JSON body. The bare route answers the very bytes the app answers for that case, so the ratio
 * measures the app's work, not the size of the payload. Same connections, same duration, after a
 * warm-up of each. The machine is shared, so the time is cut into rounds that alternate between
 * the two (bare, app, bare, app...): a burst of someone else's work lands on both alike.
 * A third row, for insight only, is the floor: a bare Fastify with the same body schema and reply
 * writer (engine/assessment-json.ts) calling the engine, no plugins and no logging; it shows how much of the gap is the work
 * itself (validation, the engine, 24 KB of JSON) and how much the app's plugins.
 * Target: app/bare >= 0.5; exit status 1 when missed.
 *
 * The app logs as in production (info, one line a request) into a sink, so the cost of logging is
 * counted but the terminal stays readable.
 *
 *   npm run bench -- api                      (builds first)
 *   node --import tsx bench/api.bench.ts      (BENCH_SECONDS=3 for a quick look)
 */
import { createRequire } from 'node:module';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { assessValid } from '../src/engine/assess.js';
import { assessmentJson } from '../src/engine/assessment-json.js';
import { AssessmentResponseSchema } from '../src/schemas/api.js';
import { CaseSchema } from '../src/schemas/case.js';
import { buildApp } from '../src/server/app.js';
import { forRegistry, ref, SHARED_SCHEMAS } from '../src/server/schema-registry.js';
import { openStore } from '../src/store/open-store.js';

interface Histogram {
  average: number;
  p50: number;
  p99: number;
}
interface AutocannonResult {
  requests: Histogram & { total: number };
  latency: Histogram;
  throughput: Histogram;
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}
type Autocannon = (options: {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string;
  connections: number;
  duration: number;
}) => Promise<AutocannonResult>;

const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARM_UP_SECONDS = Math.max(2, Math.round(SECONDS / 4));
const ROUNDS = 5;
const CONNECTIONS = 10;
const TARGET_RATIO = 0.5;

const vignette = JSON.parse(await readFile(new URL('../test/vignettes/dev-01-acute-sciatica.json', import.meta.url), 'utf8')) as Record<string, unknown>;
delete vignette.expected;
const body = JSON.stringify(vignette);

const folder = await mkdtemp(join(tmpdir(), 'ksnav-bench-'));
const store = await openStore({ dataDir: folder });
// Every limit on: the route's CPU budget (@fastify/rate-limit with the cost store) counts every
// request, the request timeout is armed. The budget is set out of reach, since the bench is one
// client sending thousands of requests a second and must measure answers, not refusals.
const app = await buildApp({
  store, webRoot: null, logger: { level: 'info', stream: { write: () => {} } },
  costLimits: { windowSeconds: 10, clientUnits: Number.MAX_SAFE_INTEGER, instanceUnits: Number.MAX_SAFE_INTEGER },
});
const appUrl = await app.listen({ host: '127.0.0.1', port: 0 });

// The app's own answer for this case: the bare route sends exactly these bytes.
const reference = await app.inject({ method: 'POST', url: '/api/v1/assessments', headers: { 'content-type': 'application/json' }, payload: body });
if (reference.statusCode !== 200 || reference.json().saved !== null) throw new Error(`the app did not assess the case: ${reference.statusCode} ${reference.body.slice(0, 200)}`);
const fixed = reference.body;

const bare: FastifyInstance = Fastify({ logger: false });
bare.post('/bare', async (_request, reply) => reply.type('application/json; charset=utf-8').send(fixed));
const bareUrl = await bare.listen({ host: '127.0.0.1', port: 0 });

const floor = Fastify({ logger: false, ajv: { customOptions: { removeAdditional: false, coerceTypes: false } } }).withTypeProvider<TypeBoxTypeProvider>();
for (const schema of SHARED_SCHEMAS) floor.addSchema(forRegistry(schema));
floor.post(
  '/floor',
  { schema: { body: ref(CaseSchema), response: { 200: ref(AssessmentResponseSchema) } }, serializerCompiler: () => assessmentJson },
  async (request) => ({ assessment: assessValid(request.body), saved: null }),
);
const floorUrl = await floor.listen({ host: '127.0.0.1', port: 0 });
const floorAnswer = await floor.inject({ method: 'POST', url: '/floor', headers: { 'content-type': 'application/json' }, payload: body });
if (floorAnswer.body !== fixed) throw new Error('the floor route does not answer what the app answers');

const run = (url: string, duration: number) =>
  autocannon({ url, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections: CONNECTIONS, duration });

const targets = [
  { name: 'bare Fastify route (fixed JSON)', url: `${bareUrl}/bare` },
  { name: 'POST /api/v1/assessments', url: `${appUrl}/api/v1/assessments` },
  { name: 'floor: schemas + engine, no plugins', url: `${floorUrl}/floor` },
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

try {
  for (const t of targets) await run(t.url, WARM_UP_SECONDS);
  const rounds = targets.map(() => [] as AutocannonResult[]);
  for (let i = 0; i < ROUNDS; i++) {
    for (const [j, t] of targets.entries()) rounds[j]!.push(await run(t.url, SECONDS / ROUNDS));
  }

  const rate = (rs: AutocannonResult[]) => rs.reduce((n, r) => n + r.requests.total, 0) / rs.reduce((n, r) => n + r.duration, 0);
  const rows = targets.map((t, j) => {
    const rs = rounds[j]!;
    return {
      target: t.name,
      'req/s': Math.round(rate(rs)),
      'p50 ms': median(rs.map((r) => r.latency.p50)),
      'p99 ms': median(rs.map((r) => r.latency.p99)),
      'MB/s': (rs.reduce((n, r) => n + r.throughput.average, 0) / rs.length / 1e6).toFixed(1),
      errors: rs.reduce((n, r) => n + r.errors + r.timeouts + r.non2xx, 0),
    };
  });
  console.log(
    `\n${CONNECTIONS} connections, ${SECONDS} s each (${ROUNDS} alternating rounds) after ${WARM_UP_SECONDS} s warm-up; `
    + `response ${Buffer.byteLength(fixed)} bytes, request ${Buffer.byteLength(body)} bytes; p50/p99: median over the rounds`,
  );
  console.table(rows);
  console.log(`per round app/bare: ${rounds[1]!.map((r, i) => (r.requests.total / r.duration / (rounds[0]![i]!.requests.total / rounds[0]![i]!.duration)).toFixed(2)).join(' ')}`);
  const ratio = rate(rounds[1]!) / rate(rounds[0]!);
  console.log(`floor/bare: ${(rate(rounds[2]!) / rate(rounds[0]!)).toFixed(2)} (the work itself, for comparison)`);
  const ok = ratio >= TARGET_RATIO && rows.every((r) => r.errors === 0);
  console.log(`app/bare: ${ratio.toFixed(2)} (target >= ${TARGET_RATIO}) ${ok ? 'ok' : 'MISSED'}`);
  process.exitCode = ok ? 0 : 1;
} finally {
  await bare.close();
  await floor.close();
  await app.close();
  await store.close();
  await rm(folder, { recursive: true, force: true });
}
