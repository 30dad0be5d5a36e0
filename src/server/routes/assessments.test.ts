import { Value } from '@sinclair/typebox/value';
import { describe, expect, it } from 'vitest';
import { assess, ENGINE_VERSION } from '../../engine/assess.js';
import { AssessmentResponseSchema } from '../../schemas/api.js';
import { Client, describeApi, MISSING_ID, realisticCase } from '../__fixtures__/test-app.js';

describeApi('assessments API', (t) => {
  describe('POST /api/v1/assessments', () => {
    it('answers an anonymous person with the engine\'s assessment and stores nothing', async () => {
      const before = await t.counts();
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/assessments', payload: realisticCase() });
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body.saved).toBeNull();
      expect(body.assessment).toEqual(assess(realisticCase()));
      // The reply is written by engine/assessment-json.ts, not by the schema: it must still fit it.
      expect([...Value.Errors(AssessmentResponseSchema, body)]).toEqual([]);
      expect(await t.counts()).toEqual(before);
      expect(res.headers['set-cookie']).toBeUndefined();
    });

    it('stores the case and the assessment for a signed-in person and names the record', async () => {
      const client = await Client.registered(t.app);
      const res = await client.send('POST', '/api/v1/assessments', realisticCase());
      expect(res.statusCode).toBe(200);
      const { saved, assessment } = res.json();
      expect(saved).toEqual({ id: expect.any(String) });
      expect((await t.counts(client.userId)).assessments).toBe(1);
      const stored = await t.store.assessments.get(client.userId!, saved.id);
      expect(stored?.case).toEqual(realisticCase());
      expect(stored?.assessment).toEqual(assessment);
    });

    it('keeps the engine version that made a stored assessment when the engine has moved on', async () => {
      const client = await Client.registered(t.app);
      const older = { ...JSON.parse(JSON.stringify(assess(realisticCase()))), engineVersion: '1.0.0' };
      const record = await t.store.assessments.create(client.userId!, { case: realisticCase(), assessment: older });
      const read = await client.send('GET', `/api/v1/assessments/${record.id}`);
      expect(read.json().assessment.engineVersion).toBe('1.0.0');
      const fresh = await client.send('POST', '/api/v1/assessments', realisticCase());
      expect(fresh.json().assessment.engineVersion).toBe(ENGINE_VERSION);
      expect(ENGINE_VERSION).not.toBe('1.0.0');
    });

    it('refuses a signed-in POST without the CSRF token, and stores nothing', async () => {
      const client = await Client.registered(t.app);
      const res = await client.send('POST', '/api/v1/assessments', realisticCase(), { csrf: false });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('csrf');
      const wrong = await client.send('POST', '/api/v1/assessments', realisticCase(), { csrf: 'x'.repeat(43) });
      expect(wrong.statusCode).toBe(403);
      expect((await t.counts(client.userId)).assessments).toBe(0);
    });

    it('names the field of a malformed case', async () => {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/assessments', payload: { ...realisticCase(), age: 130 } });
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toEqual({ code: 'invalid', field: 'age', message: 'age must be at most 120.' });
      const unknown = await t.app.inject({ method: 'POST', url: '/api/v1/assessments', payload: { ...realisticCase(), evidence: { no_such_id: true } } });
      expect(unknown.json().error).toMatchObject({ code: 'invalid', field: 'evidence.no_such_id' });
    });
  });

  describe('saved assessments', () => {
    it('lists newest first, reads and deletes them for their owner', async () => {
      const client = await Client.registered(t.app);
      const first = (await client.send('POST', '/api/v1/assessments', realisticCase())).json().saved.id;
      const second = (await client.send('POST', '/api/v1/assessments', { ...realisticCase(), age: 60 })).json().saved.id;

      const list = await client.send('GET', '/api/v1/assessments');
      expect(list.statusCode).toBe(200);
      expect(list.json().assessments.map((a: { id: string }) => a.id)).toEqual([second, first]);

      const one = await client.send('GET', `/api/v1/assessments/${first}`);
      expect(one.statusCode).toBe(200);
      // As stored and sent: JSON, which leaves out the notices that do not apply.
      expect(one.json()).toMatchObject({ id: first, case: realisticCase(), assessment: JSON.parse(JSON.stringify(assess(realisticCase()))) });

      const deleted = await client.send('DELETE', `/api/v1/assessments/${first}`);
      expect(deleted.statusCode).toBe(204);
      expect((await client.send('GET', `/api/v1/assessments/${first}`)).statusCode).toBe(404);
      expect((await client.send('DELETE', `/api/v1/assessments/${first}`)).statusCode).toBe(404);
      expect((await t.counts(client.userId)).assessments).toBe(1);
    });

    it('audits each read and write by action, type and id, without the data', async () => {
      const client = await Client.registered(t.app);
      const id = (await client.send('POST', '/api/v1/assessments', realisticCase())).json().saved.id;
      await client.send('GET', `/api/v1/assessments/${id}`);
      await client.send('GET', `/api/v1/assessments/${MISSING_ID}`);
      const audit = await t.store.audit.listForUser(client.userId!);
      expect(audit.map((e) => [e.action, e.recordType, e.recordId, e.outcome])).toEqual([
        ['account.register', 'user', client.userId, 'ok'],
        ['auth.login', 'user', client.userId, 'ok'],
        ['assessment.create', 'assessment', id, 'ok'],
        ['assessment.read', 'assessment', id, 'ok'],
        ['assessment.read', 'assessment', MISSING_ID, 'not_found'],
      ]);
      expect(JSON.stringify(audit)).not.toContain('leg_pain_below_knee');
    });

    it('answers 400 naming the field for an id that is not an id', async () => {
      const client = await Client.registered(t.app);
      const res = await client.send('GET', '/api/v1/assessments/not-an-id');
      expect(res.statusCode).toBe(400);
      expect(res.json().error.field).toBe('id');
    });
  });
});
