/**
 * Authorisation for every route, read from the OpenAPI document so a new route cannot slip by:
 * - every route that needs a session answers 401 without one;
 * - every route with a record id answers another person exactly as it answers an id that does
 *   not exist (404), and changes nothing of the owner's.
 */
import { expect, it } from 'vitest';
import { checkInBody, Client, describeApi, MISSING_ID, realisticCase } from '../../src/server/__fixtures__/test-app.js';

interface Operation {
  method: string;
  path: string;
  security?: Record<string, unknown>[];
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

function operations(openapi: { paths: Record<string, Record<string, { security?: Record<string, unknown>[] }>> }): Operation[] {
  return Object.entries(openapi.paths).flatMap(([path, item]) =>
    Object.entries(item).filter(([m]) => METHODS.includes(m)).map(([m, op]) => ({ method: m.toUpperCase(), path, security: op.security })));
}

const MEASURE_BODIES: Record<string, unknown> = {
  'start-back': { date: '2025-06-20', answers: { q1: 'agree', q2: 'agree', q3: 'agree', q4: 'agree', q5: 'agree', q6: 'agree', q7: 'agree', q8: 'agree', q9: 'extremely' } },
  'roland-morris': { date: '2025-06-20', answers: { ticked: [1] } },
  psfs: { date: '2025-06-20', answers: { activities: [{ name: 'Stairs', rating: 3 }] } },
  nprs: { date: '2025-06-20', answers: { leg: 3 } },
};

/** The path with its ids put in. */
const fill = (path: string, id: string, child: string) => path.replace('{id}', id).replace('{checkInId}', child).replace('{resultId}', child);

/** A body the route would accept from the owner, so a 404 is about the id and nothing else. */
function bodyFor(op: Operation): unknown {
  if (op.path.endsWith('/checkins') && op.method === 'POST') return checkInBody('2025-06-20');
  if (op.path.endsWith('/checkins/{checkInId}') && op.method === 'PUT') return checkInBody('2025-06-21');
  if (op.path.endsWith('/calendar-feed') && op.method === 'PUT') return { timeZone: 'Europe/London', sessionTimes: ['10:00'], showExercises: false };
  if (op.path.includes('/measures/') && op.method === 'POST') return MEASURE_BODIES[op.path.slice(op.path.lastIndexOf('/') + 1)];
  return undefined;
}

describeApi('authorisation on every route', (t) => {
  async function owner() {
    const a = await Client.registered(t.app);
    const assessmentId = (await a.send('POST', '/api/v1/assessments', realisticCase())).json().saved.id as string;
    const recoveryId = (await a.send('POST', '/api/v1/recoveries', { onsetDate: '2025-06-01', assessmentId })).json().id as string;
    const checkInId = (await a.send('POST', `/api/v1/recoveries/${recoveryId}/checkins`, checkInBody('2025-06-02'))).json().id as string;
    const resultId = (await a.send('POST', `/api/v1/recoveries/${recoveryId}/measures/nprs`, { date: '2025-06-02', answers: { leg: 5 } })).json().id as string;
    return { a, ids: { assessmentId, recoveryId, checkInId, resultId } };
  }

  async function snapshot(userId: string) {
    const data = await t.store.users.exportAll(userId);
    return { ...data, audit: undefined };
  }

  it('answers 401 without a session on every route that needs one', async () => {
    const ops = operations((await t.app.inject({ method: 'GET', url: '/openapi.json' })).json());
    const guarded = ops.filter((op) => op.security?.some((s) => 'session' in s));
    expect(guarded.length).toBeGreaterThanOrEqual(17);
    for (const op of guarded) {
      const url = fill(op.path, MISSING_ID, MISSING_ID);
      const body = bodyFor(op);
      const res = await t.app.inject({ method: op.method as 'GET', url, ...(body ? { payload: body as object } : {}) });
      expect({ op: `${op.method} ${op.path}`, status: res.statusCode, code: res.json().error?.code }).toEqual({ op: `${op.method} ${op.path}`, status: 401, code: 'unauthorized' });
    }
  });

  it('answers another person 404 on every route with an id, exactly as for a missing id, and changes nothing', async () => {
    const { a, ids } = await owner();
    const b = await Client.registered(t.app);
    const bRecovery = (await b.send('POST', '/api/v1/recoveries', { onsetDate: '2025-06-01' })).json().id as string;
    const before = await snapshot(a.userId!);

    const ops = operations((await t.app.inject({ method: 'GET', url: '/openapi.json' })).json()).filter((op) => op.path.includes('{id}'));
    expect(ops.length).toBeGreaterThanOrEqual(12);
    // Delete routes last, so every other route still finds the owner's records there.
    ops.sort((x, y) => Number(x.method === 'DELETE') - Number(y.method === 'DELETE'));
    for (const op of ops) {
      const id = op.path.startsWith('/api/v1/assessments') ? ids.assessmentId : ids.recoveryId;
      const label = `${op.method} ${op.path}`;
      const child = op.path.includes('{resultId}') ? ids.resultId : ids.checkInId;
      const attempts = [
        fill(op.path, id, child),
        // B's own recovery, A's check-in or measure result: still not B's.
        ...(op.path.includes('{checkInId}') || op.path.includes('{resultId}') ? [fill(op.path, bRecovery, child)] : []),
      ];
      const missing = await b.send(op.method as 'GET', fill(op.path, MISSING_ID, MISSING_ID), bodyFor(op));
      for (const url of attempts) {
        const res = await b.send(op.method as 'GET', url, bodyFor(op));
        expect({ label, url, status: res.statusCode }).toEqual({ label, url, status: 404 });
        expect({ label, body: res.json() }).toEqual({ label, body: missing.json() });
      }
    }

    const linked = await b.send('POST', '/api/v1/recoveries', { onsetDate: '2025-06-01', assessmentId: ids.assessmentId });
    expect(linked.statusCode).toBe(404);
    expect(await snapshot(a.userId!)).toEqual(before);

    // B's attempts are in B's audit trail as not_found, never in A's.
    const audit = await t.store.audit.listForUser(b.userId!);
    expect(audit.filter((e) => e.outcome === 'not_found').length).toBeGreaterThanOrEqual(ops.length);
    expect((await t.store.audit.listForUser(a.userId!)).every((e) => e.outcome === 'ok')).toBe(true);
  });
});
