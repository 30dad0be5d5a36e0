/**
 * A seeded generator of malformed requests for every route: wrong types, unknown fields, missing
 * fields, out-of-range values, dates not on the calendar, broken JSON, wrong content types,
 * oversize bodies, other people's ids, ids that are not ids, bad query strings, missing or wrong
 * CSRF tokens, cross-site origins, no session, unknown routes. Each request says what answer it
 * must get (status, code, and for validation the field).
 *
 * Body mutations are checked against the TypeBox schema itself, so a mutation that happens to
 * stay valid is thrown away rather than expected to fail.
 */
import { FormatRegistry, type TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { DeleteAccountBodySchema, LoginBodySchema, PasswordChangeBodySchema, RegisterBodySchema, type ErrorCode } from '../../../src/schemas/api.js';
import { CaseSchema } from '../../../src/schemas/case.js';
import { CheckInInputSchema, RecoveryInputSchema } from '../../../src/schemas/checkin.js';
import { InterviewRequestSchema } from '../../../src/schemas/interview.js';
import { checkInBody, realisticCase } from '../../../src/server/__fixtures__/test-app.js';
import type { RawRequest } from './http.js';
import { prng } from '../../support/prng.js';

if (!FormatRegistry.Has('email')) FormatRegistry.Set('email', (v) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v));

export interface Expectation {
  status: number[];
  code?: ErrorCode;
  field?: string;
  /** The field may be the one named or one inside it (a wrong object has wrong fields). */
  orInside?: boolean;
}

export interface Malformed {
  kind: string;
  request: RawRequest;
  expect: Expectation;
}

export interface FuzzWorld {
  /** The person whose records the requests must never reach. */
  a: { assessmentId: string; recoveryId: string; checkInId: string };
  /** The person sending the requests, signed in. */
  b: { cookie: string; csrf: string; assessmentId: string; recoveryId: string; checkInId: string };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Who = 'anonymous' | 'b';

interface BodyTarget {
  method: 'POST' | 'PUT' | 'DELETE';
  path: (w: FuzzWorld) => string;
  who: Who;
  schema: TSchema;
  valid: () => Json;
  dateFields?: string[];
}

const BODY_TARGETS: BodyTarget[] = [
  { method: 'POST', path: () => '/api/v1/assessments', who: 'anonymous', schema: CaseSchema, valid: () => realisticCase() as Json },
  { method: 'POST', path: () => '/api/v1/assessments', who: 'b', schema: CaseSchema, valid: () => realisticCase() as Json },
  { method: 'POST', path: () => '/api/v1/summary.pdf', who: 'anonymous', schema: CaseSchema, valid: () => realisticCase() as Json },
  {
    method: 'POST', path: () => '/api/v1/interview', who: 'anonymous', schema: InterviewRequestSchema,
    valid: () => ({ case: { age: 40, pain: { knee: 4 }, evidence: { low_back_pain: true } }, skipped: ['sex'], max: 2 }),
  },
  { method: 'POST', path: () => '/api/v1/auth/register', who: 'anonymous', schema: RegisterBodySchema, valid: () => ({ email: 'fuzz@example.org', password: 'a long enough password' }) },
  { method: 'POST', path: () => '/api/v1/auth/login', who: 'anonymous', schema: LoginBodySchema, valid: () => ({ email: 'fuzz@example.org', password: 'a long enough password' }) },
  { method: 'POST', path: () => '/api/v1/auth/password', who: 'b', schema: PasswordChangeBodySchema, valid: () => ({ currentPassword: 'whatever it is', newPassword: 'a long enough password' }) },
  // Never B's real password: a valid body here would erase B.
  { method: 'DELETE', path: () => '/api/v1/me', who: 'b', schema: DeleteAccountBodySchema, valid: () => ({ password: 'not the password of b' }) },
  { method: 'POST', path: () => '/api/v1/recoveries', who: 'b', schema: RecoveryInputSchema, valid: () => ({ onsetDate: '2025-01-01', title: 'fuzz' }), dateFields: ['onsetDate'] },
  { method: 'POST', path: (w) => `/api/v1/recoveries/${w.b.recoveryId}/checkins`, who: 'b', schema: CheckInInputSchema, valid: () => checkInBody('2025-02-10') as unknown as Json, dateFields: ['date'] },
  {
    method: 'PUT', path: (w) => `/api/v1/recoveries/${w.b.recoveryId}/checkins/${w.b.checkInId}`, who: 'b', schema: CheckInInputSchema,
    valid: () => checkInBody('2025-02-11') as unknown as Json, dateFields: ['date'],
  },
];

const WEIRD_VALUES: Json[] = [null, true, false, 0, -1, 1.5, 42, 1e12, -1e-9, '', 'text', '42', 'true', '2025-01-01', [], [1, 'a'], {}, { a: 1 }, 'x'.repeat(3000)];
const OUT_OF_RANGE: Json[] = [-1, -0.01, 0.5, 10.5, 11, 121, 1000, 36501, 1e308, -1e308];
const UNKNOWN_KEYS = ['foo', 'isAdmin', 'role', 'userId', 'Age', 'evidence2', 'x-y', 'ünï', '$where', 'constructor2'];
const BAD_DATES = ['2025-02-30', '2023-02-29', '2025-04-31', '2025-06-31', '2100-02-29'];
const BAD_JSON = [
  '{', '{"age": 40,}', "{'age': 40}", '{"age": NaN}', '[1, 2', 'undefined', '{"age": 40}}', '{"a":"\\x"}', '\u0000', 'nul',
  '{"__proto__": {"polluted": true}, "age": 40}', '{"constructor": {"prototype": {"polluted": true}}, "age": 40}',
];
const BAD_CONTENT_TYPES = ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'text/html', 'application/octet-stream', 'image/png'];
const BAD_IDS = ['abc', '123', "' OR 1=1 --", '...', 'ǅǆ', '00000000-0000-0000-0000-00000000000g', '{id}', '%00', '1e5', 'null', 'undefined', ' ', 'a'.repeat(99)];

type Path = (string | number)[];

function leafAndNodePaths(value: Json, at: Path = []): Path[] {
  const paths: Path[] = at.length ? [at] : [];
  if (Array.isArray(value)) value.forEach((v, i) => paths.push(...leafAndNodePaths(v, [...at, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths.push(...leafAndNodePaths(v, [...at, k]));
  return paths;
}

function objectPaths(value: Json, at: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => objectPaths(v, [...at, i]));
  if (value && typeof value === 'object') return [at, ...Object.entries(value).flatMap(([k, v]) => objectPaths(v, [...at, k]))];
  return [];
}

function setAt(root: Json, path: Path, value: Json | undefined): Json {
  const copy = structuredClone(root);
  let node = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

function stringLeaves(value: Json, at: Path = []): Path[] {
  if (typeof value === 'string') return [at];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringLeaves(v, [...at, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => stringLeaves(v, [...at, k]));
  return [];
}

function numericLeaves(value: Json, at: Path = []): Path[] {
  if (typeof value === 'number') return [at];
  if (Array.isArray(value)) return value.flatMap((v, i) => numericLeaves(v, [...at, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => numericLeaves(v, [...at, k]));
  return [];
}

const dotted = (path: Path) => path.join('.');

export function generateMalformed(world: FuzzWorld, count: number, seed: number): Malformed[] {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

  const headersFor = (who: Who, extra: Record<string, string> = {}, csrf = true): Record<string, string> => ({
    ...(who === 'b' ? { cookie: `ksnav_session=${world.b.cookie}`, ...(csrf ? { 'x-csrf-token': world.b.csrf } : {}) } : {}),
    ...extra,
  });
  const jsonRequest = (t: BodyTarget, body: string, extra: Record<string, string> = {}): RawRequest => ({
    method: t.method, path: t.path(world), headers: headersFor(t.who, { 'content-type': 'application/json', ...extra }), body,
  });
  const invalid = (t: BodyTarget, body: Json) => !Value.Check(t.schema, body);
  const bad = (status: number, code: ErrorCode, field?: string): Expectation => ({ status: [status], code, ...(field === undefined ? {} : { field }) });

  // Routes with an id, as the other person: every one must look like "no such record".
  const idRoutes: { method: string; path: (id: string, checkInId: string) => string; field: 'id'; body?: () => Json; owner: 'assessment' | 'recovery' }[] = [
    { method: 'GET', path: (id) => `/api/v1/assessments/${id}`, field: 'id', owner: 'assessment' },
    { method: 'DELETE', path: (id) => `/api/v1/assessments/${id}`, field: 'id', owner: 'assessment' },
    { method: 'GET', path: (id) => `/api/v1/assessments/${id}/summary.pdf`, field: 'id', owner: 'assessment' },
    { method: 'GET', path: (id) => `/api/v1/recoveries/${id}`, field: 'id', owner: 'recovery' },
    { method: 'DELETE', path: (id) => `/api/v1/recoveries/${id}`, field: 'id', owner: 'recovery' },
    { method: 'GET', path: (id) => `/api/v1/recoveries/${id}/summary`, field: 'id', owner: 'recovery' },
    { method: 'GET', path: (id) => `/api/v1/recoveries/${id}/series`, field: 'id', owner: 'recovery' },
    { method: 'GET', path: (id) => `/api/v1/recoveries/${id}/checkins`, field: 'id', owner: 'recovery' },
    { method: 'POST', path: (id) => `/api/v1/recoveries/${id}/checkins`, field: 'id', owner: 'recovery', body: () => checkInBody('2025-03-01') as unknown as Json },
    { method: 'GET', path: (id, c) => `/api/v1/recoveries/${id}/checkins/${c}`, field: 'id', owner: 'recovery' },
    { method: 'PUT', path: (id, c) => `/api/v1/recoveries/${id}/checkins/${c}`, field: 'id', owner: 'recovery', body: () => checkInBody('2025-03-02') as unknown as Json },
    { method: 'DELETE', path: (id, c) => `/api/v1/recoveries/${id}/checkins/${c}`, field: 'id', owner: 'recovery' },
  ];
  const guarded = [
    ['GET', '/api/v1/me'], ['DELETE', '/api/v1/me'], ['GET', '/api/v1/me/export'], ['GET', '/api/v1/assessments'], ['GET', '/api/v1/recoveries'],
    ['POST', '/api/v1/recoveries'], ['POST', '/api/v1/auth/password'],
  ] as const;
  const changes = [
    ['POST', '/api/v1/assessments', () => realisticCase() as Json],
    ['POST', '/api/v1/recoveries', () => ({ onsetDate: '2025-01-01' })],
    ['DELETE', '/api/v1/me', () => ({ password: 'not the password of b' })],
    ['DELETE', '/api/v1/assessments/{b.assessment}', () => undefined],
    ['POST', '/api/v1/auth/password', () => ({ currentPassword: 'whatever it is', newPassword: 'a long enough password' })],
    ['PUT', '/api/v1/recoveries/{b.recovery}/checkins/{b.checkIn}', () => checkInBody('2025-02-12') as unknown as Json],
    ['DELETE', '/api/v1/recoveries/{b.recovery}', () => undefined],
  ] as const;
  const fill = (path: string) => path.replace('{b.assessment}', world.b.assessmentId).replace('{b.recovery}', world.b.recoveryId).replace('{b.checkIn}', world.b.checkInId);

  const generators: Record<string, () => Malformed | null> = {
    wrongType: () => {
      const t = pick(BODY_TARGETS);
      const valid = t.valid();
      const path = pick(leafAndNodePaths(valid));
      const body = setAt(valid, path, pick(WEIRD_VALUES));
      if (!invalid(t, body)) return null;
      return { kind: 'wrongType', request: jsonRequest(t, JSON.stringify(body)), expect: { ...bad(400, 'invalid', dotted(path)), orInside: true } };
    },
    unknownField: () => {
      const t = pick(BODY_TARGETS);
      const valid = t.valid();
      const at = pick(objectPaths(valid));
      const key = pick(UNKNOWN_KEYS);
      const body = setAt(valid, [...at, key], pick(WEIRD_VALUES));
      return { kind: 'unknownField', request: jsonRequest(t, JSON.stringify(body)), expect: bad(400, 'invalid', dotted([...at, key])) };
    },
    missingField: () => {
      const t = pick(BODY_TARGETS);
      const valid = t.valid();
      const path = pick(leafAndNodePaths(valid).filter((p) => typeof p[p.length - 1] === 'string'));
      const body = setAt(valid, path, undefined);
      if (!invalid(t, body)) return null;
      return { kind: 'missingField', request: jsonRequest(t, JSON.stringify(body)), expect: bad(400, 'invalid', dotted(path)) };
    },
    outOfRange: () => {
      const t = pick(BODY_TARGETS);
      const valid = t.valid();
      const leaves = numericLeaves(valid);
      if (leaves.length === 0) return null;
      const path = pick(leaves);
      const body = setAt(valid, path, pick(OUT_OF_RANGE));
      if (!invalid(t, body)) return null;
      return { kind: 'outOfRange', request: jsonRequest(t, JSON.stringify(body)), expect: bad(400, 'invalid', dotted(path)) };
    },
    nulInString: () => {
      const t = pick(BODY_TARGETS);
      const valid = t.valid();
      const leaves = stringLeaves(valid);
      if (leaves.length === 0) return null;
      const path = pick(leaves);
      const body = setAt(valid, path, pick(['\u0000', 'a\u0000b', 'fine text\u0000', '\u0000\u0000']));
      return { kind: 'nulInString', request: jsonRequest(t, JSON.stringify(body)), expect: bad(400, 'invalid', dotted(path)) };
    },
    badUrlEscape: () => {
      const path = pick(['/api/v1/recoveries/%E0%A4%A', '/api/v1/assessments/%zz', '/%', '/fhir/%C0', '/api/v1/me/%']);
      return { kind: 'badUrlEscape', request: { method: pick(['GET', 'POST', 'DELETE']), path, headers: headersFor('b') }, expect: bad(400, 'invalid', 'url') };
    },
    notOnCalendar: () => {
      const t = pick(BODY_TARGETS.filter((x) => x.dateFields));
      const field = pick(t.dateFields!);
      const body = setAt(t.valid(), [field], pick(BAD_DATES));
      return { kind: 'notOnCalendar', request: jsonRequest(t, JSON.stringify(body)), expect: bad(400, 'invalid', field) };
    },
    emptyBody: () => {
      const t = pick(BODY_TARGETS);
      const body = pick(['', '   ', 'null', '[]', '"text"', '42', 'true']);
      const expect = body.trim() === '' || body === 'null' ? bad(400, 'invalid') : bad(400, 'invalid', 'body');
      return { kind: 'emptyBody', request: jsonRequest(t, body), expect: body.trim() === '' ? bad(400, 'invalid') : expect };
    },
    badJson: () => {
      const t = pick(BODY_TARGETS);
      return { kind: 'badJson', request: jsonRequest(t, pick(BAD_JSON)), expect: bad(400, 'bad_json') };
    },
    wrongContentType: () => {
      const t = pick(BODY_TARGETS);
      return {
        kind: 'wrongContentType',
        request: { method: t.method, path: t.path(world), headers: headersFor(t.who, { 'content-type': pick(BAD_CONTENT_TYPES) }), body: JSON.stringify(t.valid()) },
        expect: bad(415, 'unsupported_media_type'),
      };
    },
    hugeBody: () => {
      const t = pick(BODY_TARGETS);
      const size = 64 * 1024 + Math.floor(random() * 400 * 1024);
      const body = JSON.stringify({ ...(t.valid() as object), note: 'x'.repeat(size) });
      return { kind: 'hugeBody', request: jsonRequest(t, body, { connection: 'close' }), expect: bad(413, 'payload_too_large') };
    },
    othersId: () => {
      const r = pick(idRoutes);
      const id = r.owner === 'assessment' ? world.a.assessmentId : pick([world.a.recoveryId, world.b.recoveryId]);
      const checkIn = id === world.b.recoveryId ? world.a.checkInId : pick([world.a.checkInId, world.b.checkInId]);
      const path = r.path(id, checkIn);
      // B's own recovery with B's own check-in would be a valid request: not malformed.
      if (path.includes(world.b.recoveryId) && (!path.includes('/checkins/') || checkIn === world.b.checkInId)) return null;
      const body = r.body?.();
      return {
        kind: 'othersId',
        request: { method: r.method, path, headers: headersFor('b', body === undefined ? {} : { 'content-type': 'application/json' }), ...(body === undefined ? {} : { body: JSON.stringify(body) }) },
        expect: bad(404, 'not_found'),
      };
    },
    linkOthersAssessment: () => ({
      kind: 'linkOthersAssessment',
      request: { method: 'POST', path: '/api/v1/recoveries', headers: headersFor('b', { 'content-type': 'application/json' }), body: JSON.stringify({ onsetDate: '2025-01-01', assessmentId: world.a.assessmentId }) },
      expect: bad(404, 'not_found', 'assessmentId'),
    }),
    badId: () => {
      const r = pick(idRoutes);
      const bogus = pick(BAD_IDS);
      const inCheckIn = r.path('X', 'Y').includes('/checkins/Y') && random() < 0.5;
      const path = inCheckIn ? r.path(world.b.recoveryId, encodeURIComponent(bogus)) : r.path(encodeURIComponent(bogus), world.b.checkInId);
      const body = r.body?.();
      return {
        kind: 'badId',
        request: { method: r.method, path, headers: headersFor('b', body === undefined ? {} : { 'content-type': 'application/json' }), ...(body === undefined ? {} : { body: JSON.stringify(body) }) },
        expect: bad(400, 'invalid', inCheckIn ? 'checkInId' : 'id'),
      };
    },
    badQuery: () => {
      const base = pick([`/api/v1/recoveries/${world.b.recoveryId}/summary`, `/api/v1/recoveries/${world.b.recoveryId}/series`]);
      const [query, field] = pick([
        ['today=yesterday', 'today'], ['today=2025-1-1', 'today'], ['today=2025-02-30', 'today'], ['today=2025-13-01', 'today'],
        ['today=2025-01-01&today=2025-01-02', 'today'], ['today=', 'today'], ['foo=1', 'foo'], ['today=2025-01-01&debug=true', 'debug'],
        [`today=${'9'.repeat(2000)}`, 'today'], ['today=2025-01-01%00', 'today'],
      ] as const);
      return { kind: 'badQuery', request: { method: 'GET', path: `${base}?${query}`, headers: headersFor('b') }, expect: bad(400, 'invalid', field) };
    },
    oversizeUrl: () => ({
      kind: 'oversizeUrl',
      request: { method: 'GET', path: `/api/v1/knowledge?x=${'a'.repeat(20_000)}`, headers: { connection: 'close' } },
      expect: bad(431, 'headers_too_large'),
    }),
    csrf: () => {
      const [method, path, body] = pick(changes);
      const b = body();
      const headers = headersFor('b', b === undefined ? {} : { 'content-type': 'application/json' }, false);
      const wrong = random() < 0.5;
      if (wrong) headers['x-csrf-token'] = pick(['', 'x', world.b.csrf.slice(1), world.b.csrf.toUpperCase(), `${world.b.csrf}x`]);
      if (headers['x-csrf-token'] === '') delete headers['x-csrf-token'];
      return { kind: 'csrf', request: { method, path: fill(path), headers, ...(b === undefined ? {} : { body: JSON.stringify(b) }) }, expect: bad(403, 'csrf') };
    },
    crossSite: () => {
      const [method, path, body] = pick(changes);
      const b = body();
      const site: Record<string, string> = random() < 0.5 ? { origin: pick(['https://evil.example', 'null', 'http://127.0.0.1.evil.example', 'file://']) } : { 'sec-fetch-site': pick(['cross-site', 'same-site']) };
      return {
        kind: 'crossSite',
        request: { method, path: fill(path), headers: headersFor('b', { ...site, ...(b === undefined ? {} : { 'content-type': 'application/json' }) }), ...(b === undefined ? {} : { body: JSON.stringify(b) }) },
        expect: bad(403, 'cross_site'),
      };
    },
    noSession: () => {
      const [method, path] = pick(guarded);
      const cookie: Record<string, string> = random() < 0.5 ? {} : { cookie: `ksnav_session=${pick(['forged', world.b.cookie.slice(2), 'A'.repeat(43), 'x'.repeat(500)])}` };
      return { kind: 'noSession', request: { method, path, headers: cookie }, expect: bad(401, 'unauthorized') };
    },
    unknownRoute: () => {
      const [method, path] = pick([
        ['GET', '/api/v1/nothing'], ['PATCH', '/api/v1/assessments'], ['POST', '/api/v1/knowledge'], ['DELETE', '/api/v1/recoveries'],
        ['GET', '/api/v2/assessments'], ['PUT', '/api/v1/me'], ['GET', '/api/v1/assessments/summary.pdf/x'], ['POST', '/healthz'], ['GET', '/api/v1/recoveries/x/y/z'],
        ['OPTIONS', '/api/v1/assessments'], ['PUT', '/cds-services/ksnav-triage'], ['DELETE', '/fhir/$assess'],
      ] as const);
      return { kind: 'unknownRoute', request: { method, path, headers: headersFor('b') }, expect: bad(404, 'not_found') };
    },
  };

  const kinds = Object.keys(generators);
  const out: Malformed[] = [];
  // Every kind at least a few times, then at random.
  for (const kind of kinds) for (let i = 0; i < 5; i++) {
    let m: Malformed | null = null;
    for (let tries = 0; !m && tries < 50; tries++) m = generators[kind]!();
    if (m) out.push(m);
  }
  while (out.length < count) {
    const m = generators[pick(kinds)]!();
    if (m) out.push(m);
  }
  return out;
}
