import { describe, expect, it } from 'vitest';
import { TABLE_NAMES } from '../../store/kysely/database.js';
import { inspectDatabase } from '../../../test/support/databases.js';
import { checkInBody, Client, describeApi, realisticCase, TEST_PASSWORD } from '../__fixtures__/test-app.js';
import { r4ValidationIssues } from '../../fhir/__fixtures__/r4-validator.js';

/** A person with one of everything: two assessments, a recovery linked to one, three check-ins, two measure results. */
async function fullAccount(client: Client) {
  const a1 = (await client.send('POST', '/api/v1/assessments', realisticCase())).json().saved.id as string;
  const a2 = (await client.send('POST', '/api/v1/assessments', { ...realisticCase(), age: 61 })).json().saved.id as string;
  const recovery = (await client.send('POST', '/api/v1/recoveries', { onsetDate: '2025-03-01', title: 'left leg', assessmentId: a1 })).json();
  const checkIns: string[] = [];
  for (const date of ['2025-03-02', '2025-03-03', '2025-03-05']) {
    const res = await client.send('POST', `/api/v1/recoveries/${recovery.id}/checkins`, checkInBody(date));
    expect(res.statusCode).toBe(201);
    checkIns.push(res.json().id);
  }
  const measures: string[] = [];
  for (const [instrument, answers] of [['roland-morris', { ticked: [2, 4, 6] }], ['psfs', { activities: [{ name: 'Climbing stairs', rating: 4 }] }]] as const) {
    const res = await client.send('POST', `/api/v1/recoveries/${recovery.id}/measures/${instrument}`, { date: '2025-03-02', answers });
    expect(res.statusCode).toBe(201);
    measures.push(res.json().id);
  }
  return { assessments: [a1, a2], recovery: recovery.id as string, checkIns, measures };
}

describeApi('account API', (t) => {
  describe('GET /api/v1/me', () => {
    it('returns the account and the session\'s CSRF token; 401 when signed out', async () => {
      const client = await Client.registered(t.app);
      const res = await client.send('GET', '/api/v1/me');
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ user: { id: client.userId, email: client.email, createdAt: expect.any(String) }, csrfToken: client.csrf });
      const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/me' });
      expect(anonymous.statusCode).toBe(401);
      expect(anonymous.json().error.code).toBe('unauthorized');
      const forged = await t.app.inject({ method: 'GET', url: '/api/v1/me', cookies: { ksnav_session: 'A'.repeat(43) } });
      expect(forged.statusCode).toBe(401);
    });
  });

  describe('GET /api/v1/me/export', () => {
    it('contains every record of the person and nothing of anyone else', async () => {
      const client = await Client.registered(t.app);
      const other = await Client.registered(t.app);
      await fullAccount(other);
      const mine = await fullAccount(client);

      const res = await client.send('GET', '/api/v1/me/export');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="ksnav-export-\d{4}-\d{2}-\d{2}\.json"$/);
      const data = res.json();
      expect(data.user).toEqual({ id: client.userId, email: client.email, createdAt: expect.any(String) });
      expect(data.assessments.map((a: { id: string }) => a.id).sort()).toEqual([...mine.assessments].sort());
      expect(data.assessments[0].case).toBeDefined();
      expect(data.assessments[0].assessment.triage).toBeDefined();
      expect(data.recoveries).toEqual([expect.objectContaining({ id: mine.recovery, title: 'left leg', assessmentId: mine.assessments[0] })]);
      expect(data.checkIns.map((c: { id: string }) => c.id).sort()).toEqual([...mine.checkIns].sort());
      expect(data.checkIns[0]).toMatchObject(checkInBody('2025-03-02'));
      expect(data.measureResults.map((m: { id: string }) => m.id).sort()).toEqual([...mine.measures].sort());
      expect(data.measureResults.find((m: { instrument: string }) => m.instrument === 'roland-morris')).toMatchObject({
        recoveryId: mine.recovery, date: '2025-03-02', answers: { ticked: [2, 4, 6] }, result: { scores: [{ scale: 'total', value: 3 }] },
      });
      // The same results as FHIR: a QuestionnaireResponse and a score Observation each, valid R4.
      expect(data.fhir).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
      expect(data.fhir.entry.map((e: { resource: { resourceType: string } }) => e.resource.resourceType))
        .toEqual(['QuestionnaireResponse', 'Observation', 'QuestionnaireResponse', 'Observation']);
      expect(r4ValidationIssues(data.fhir)).toEqual([]);
      expect(data.audit.length).toBeGreaterThanOrEqual(7);
      expect(data.audit.map((e: { action: string }) => e.action)).toContain('checkin.create');
      expect(JSON.stringify(data)).not.toContain(other.userId);

      const counts = await t.counts(client.userId);
      expect(data.assessments).toHaveLength(counts.assessments);
      expect(data.recoveries).toHaveLength(counts.recoveries);
      expect(data.checkIns).toHaveLength(counts.check_ins);
      expect(data.measureResults).toHaveLength(counts.measure_results);
    });
  });

  describe('DELETE /api/v1/me', () => {
    it('erases every row of the person in every table, clears the cookie, and leaves others alone', async () => {
      const client = await Client.registered(t.app);
      const other = await Client.registered(t.app);
      await fullAccount(client);
      await fullAccount(other);
      const otherBefore = await t.counts(other.userId);
      const before = await t.counts(client.userId);
      expect(before.assessments).toBe(2);
      expect(before.check_ins).toBe(3);
      expect(before.measure_results).toBe(2);

      expect((await client.send('DELETE', '/api/v1/me', { password: TEST_PASSWORD }, { csrf: false })).statusCode).toBe(403);
      const res = await client.send('DELETE', '/api/v1/me', { password: TEST_PASSWORD });
      expect(res.statusCode).toBe(204);
      expect(res.cookies.find((c) => c.name === 'ksnav_session')?.value).toBe('');

      const after = await t.counts(client.userId);
      const unowned = ['rate_limits', 'login_failures', 'health_probe'];
      for (const table of TABLE_NAMES) if (!unowned.includes(table)) expect({ table, rows: after[table] }).toEqual({ table, rows: 0 });
      expect({ ...(await t.counts(other.userId)), ...Object.fromEntries(unowned.map((u) => [u, 0])) }).toEqual({ ...otherBefore, ...Object.fromEntries(unowned.map((u) => [u, 0])) });
      expect((await client.send('GET', '/api/v1/me')).statusCode).toBe(401);
      const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: client.email, password: 'correct horse battery staple' } });
      expect(login.statusCode).toBe(401);
    });

    it('needs the password again first: a stolen session alone cannot erase the account', async () => {
      const client = await Client.registered(t.app);
      await fullAccount(client);
      const before = await t.counts(client.userId);
      const missing = await client.send('DELETE', '/api/v1/me');
      expect(missing.statusCode).toBe(400);
      expect(['body', 'password']).toContain(missing.json().error.field);
      const wrong = await client.send('DELETE', '/api/v1/me', { password: 'not my password at all' });
      expect(wrong.statusCode).toBe(403);
      expect(wrong.json().error).toMatchObject({ code: 'wrong_password', field: 'password' });
      const after = await t.counts(client.userId);
      expect({ ...after, audit_log: 0, rate_limits: 0 }).toEqual({ ...before, audit_log: 0, rate_limits: 0 });
      expect((await client.send('GET', '/api/v1/me')).statusCode).toBe(200);
    });

    it('keeps the audit trail under a pseudonym, without identity or health data, until the retention ends', async () => {
      const client = await Client.registered(t.app);
      await fullAccount(client);
      const trail = await t.store.audit.listForUser(client.userId!);
      expect((await client.send('DELETE', '/api/v1/me', { password: TEST_PASSWORD })).statusCode).toBe(204);
      expect(await t.store.audit.listForUser(client.userId!)).toEqual([]);
      const kept = await inspectDatabase(t.options, (db) => db.selectFrom('audit_log').selectAll().where('erased_at', 'is not', null).execute());
      const pseudonyms = new Set(kept.filter((row) => trail.some((e) => e.requestId === row.request_id)).map((row) => row.user_id));
      expect(pseudonyms.size).toBe(1);
      const [pseudonym] = [...pseudonyms];
      expect(pseudonym).toMatch(/^erased:[0-9a-f-]{36}$/);
      expect(pseudonym).not.toContain(client.userId);
      const mine = await t.store.audit.listForUser(pseudonym!);
      // Every entry of the person, and the erasure itself, with nothing more than before.
      expect(mine.map((e) => e.action)).toEqual([...trail.map((e) => e.action), 'account.delete']);
      expect(JSON.stringify(mine)).not.toContain(client.email);
      expect(JSON.stringify(mine)).not.toContain(client.userId);
    });
  });
});
