import { expect, it } from 'vitest';
import { inspectDatabase } from '../../../test/support/databases.js';
import { Client, describeApi, realisticCase } from '../__fixtures__/test-app.js';

describeApi('audit of refusals', (t) => {
  const refusals = (requestId: string) => inspectDatabase(t.options, (db) =>
    db.selectFrom('audit_log').selectAll().where('request_id', '=', requestId).execute());
  const written = async (requestId: string) => {
    for (let i = 0; i < 50; i++) {
      const rows = await refusals(requestId);
      if (rows.length > 0) return rows;
      await new Promise((r) => setTimeout(r, 20));
    }
    return refusals(requestId);
  };

  it('records every 401 and 403, by route pattern, under the user when there is one', async () => {
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/recoveries/00000000-0000-4000-8000-000000000000/checkins' });
    expect(anonymous.statusCode).toBe(401);
    expect(await written(String(anonymous.headers['x-request-id']))).toEqual([expect.objectContaining({
      user_id: null, action: 'request.refused', record_type: 'route', record_id: 'GET /api/v1/recoveries/:id/checkins', outcome: 'denied',
    })]);

    const client = await Client.registered(t.app);
    const noCsrf = await client.send('POST', '/api/v1/assessments', realisticCase(), { csrf: false });
    expect(noCsrf.statusCode).toBe(403);
    expect(await written(String(noCsrf.headers['x-request-id']))).toEqual([expect.objectContaining({
      user_id: client.userId, action: 'request.refused', record_id: 'POST /api/v1/assessments', outcome: 'denied',
    })]);
    expect((await t.store.audit.listForUser(client.userId!)).map((e) => e.action)).toContain('request.refused');

    const crossSite = await t.app.inject({ method: 'POST', url: '/api/v1/interview', payload: { case: {} }, headers: { 'sec-fetch-site': 'cross-site' } });
    expect(crossSite.statusCode).toBe(403);
    expect(await written(String(crossSite.headers['x-request-id']))).toHaveLength(1);
  });

  it('records a refusal a route already audited only once', async () => {
    const client = await Client.registered(t.app);
    const wrong = await client.send('POST', '/api/v1/auth/password', { currentPassword: 'not the password', newPassword: 'another fine passphrase' });
    expect(wrong.statusCode).toBe(403);
    await new Promise((r) => setTimeout(r, 100));
    expect((await refusals(String(wrong.headers['x-request-id']))).map((r) => r.action)).toEqual(['auth.password']);
  });
});
