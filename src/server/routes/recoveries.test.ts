import { describe, expect, it } from 'vitest';
import { summarizeRecovery } from '../../recovery/summary.js';
import { recoverySeries } from '../../recovery/series.js';
import { checkInBody, Client, describeApi, MISSING_ID, realisticCase } from '../__fixtures__/test-app.js';

describeApi('recoveries API', (t) => {
  it('creates, lists newest first, reads and deletes recoveries (with their check-ins)', async () => {
    const client = await Client.registered(t.app);
    const first = await client.send('POST', '/api/v1/recoveries', { onsetDate: '2025-01-10' });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toEqual({ id: expect.any(String), onsetDate: '2025-01-10', title: null, assessmentId: null, createdAt: expect.any(String) });
    const second = (await client.send('POST', '/api/v1/recoveries', { onsetDate: '2025-02-01', title: 'right knee' })).json();

    const list = await client.send('GET', '/api/v1/recoveries');
    expect(list.json().recoveries.map((r: { id: string }) => r.id)).toEqual([second.id, first.json().id]);
    expect((await client.send('GET', `/api/v1/recoveries/${second.id}`)).json()).toEqual(second);

    await client.send('POST', `/api/v1/recoveries/${second.id}/checkins`, checkInBody('2025-02-02'));
    expect((await t.counts(client.userId)).check_ins).toBe(1);
    expect((await client.send('DELETE', `/api/v1/recoveries/${second.id}`)).statusCode).toBe(204);
    expect((await client.send('GET', `/api/v1/recoveries/${second.id}`)).statusCode).toBe(404);
    expect((await t.counts(client.userId)).check_ins).toBe(0);
  });

  it('links a recovery to one of my saved assessments only', async () => {
    const client = await Client.registered(t.app);
    const other = await Client.registered(t.app);
    const mine = (await client.send('POST', '/api/v1/assessments', realisticCase())).json().saved.id;
    const theirs = (await other.send('POST', '/api/v1/assessments', realisticCase())).json().saved.id;
    expect((await client.send('POST', '/api/v1/recoveries', { onsetDate: '2025-01-10', assessmentId: mine })).statusCode).toBe(201);
    const refused = await client.send('POST', '/api/v1/recoveries', { onsetDate: '2025-01-10', assessmentId: theirs });
    expect(refused.statusCode).toBe(404);
    expect(refused.json().error.field).toBe('assessmentId');
  });

  it('refuses dates that are not on the calendar and unknown fields, naming the field', async () => {
    const client = await Client.registered(t.app);
    const feb30 = await client.send('POST', '/api/v1/recoveries', { onsetDate: '2025-02-30' });
    expect(feb30.statusCode).toBe(400);
    expect(feb30.json().error.field).toBe('onsetDate');
    const pattern = await client.send('POST', '/api/v1/recoveries', { onsetDate: '10/01/2025' });
    expect(pattern.json().error).toMatchObject({ field: 'onsetDate', message: 'onsetDate must be a calendar date, YYYY-MM-DD.' });
    const extra = await client.send('POST', '/api/v1/recoveries', { onsetDate: '2025-01-10', colour: 'red' });
    expect(extra.json().error.field).toBe('colour');
  });

  describe('summary and series', () => {
    it('summarises on the day asked with the recovery analysis, from the linked assessment\'s case', async () => {
      const client = await Client.registered(t.app);
      const saved = (await client.send('POST', '/api/v1/assessments', realisticCase())).json();
      const recovery = (await client.send('POST', '/api/v1/recoveries', { onsetDate: '2025-01-01', assessmentId: saved.saved.id })).json();
      const bodies = [checkInBody('2025-01-02', { pain: { leg: 7 } }), checkInBody('2025-01-09', { pain: { leg: 4 } }), checkInBody('2025-01-20', { pain: { leg: 2 } })];
      for (const b of bodies) await client.send('POST', `/api/v1/recoveries/${recovery.id}/checkins`, b);

      const res = await client.send('GET', `/api/v1/recoveries/${recovery.id}/summary?today=2025-01-15`);
      expect(res.statusCode).toBe(200);
      const expected = summarizeRecovery({
        onsetDate: '2025-01-01', today: '2025-01-15', checkIns: bodies,
        baseCase: realisticCase(), patterns: saved.assessment.patterns.map((p: { id: string }) => p.id),
      });
      expect(res.json()).toEqual(JSON.parse(JSON.stringify(expected)));
      expect(res.json().checkIns.count).toBe(2);

      const series = await client.send('GET', `/api/v1/recoveries/${recovery.id}/series`);
      expect(series.statusCode).toBe(200);
      expect(series.json()).toEqual(JSON.parse(JSON.stringify(recoverySeries({ onsetDate: '2025-01-01', checkIns: bodies }))));
      expect(series.json().points.map((p: { legPain: number }) => p.legPain)).toEqual([7, 4, 2]);
      const upTo = await client.send('GET', `/api/v1/recoveries/${recovery.id}/series?today=2025-01-10`);
      expect(upTo.json().points).toHaveLength(2);
    });

    it('takes today from the server clock when not given', async () => {
      const client = await Client.registered(t.app);
      const recovery = (await client.send('POST', '/api/v1/recoveries', { onsetDate: '2025-01-01' })).json();
      const res = await client.send('GET', `/api/v1/recoveries/${recovery.id}/summary`);
      expect(res.statusCode).toBe(200);
      expect(res.json().today).toBe(new Date().toISOString().slice(0, 10));
    });

    it('refuses a bad today and unknown query parameters, naming them', async () => {
      const client = await Client.registered(t.app);
      const recovery = (await client.send('POST', '/api/v1/recoveries', { onsetDate: '2025-01-01' })).json();
      const bad = await client.send('GET', `/api/v1/recoveries/${recovery.id}/summary?today=2025-13-01`);
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.field).toBe('today');
      const feb30 = await client.send('GET', `/api/v1/recoveries/${recovery.id}/summary?today=2025-02-30`);
      expect(feb30.json().error.field).toBe('today');
      const extra = await client.send('GET', `/api/v1/recoveries/${recovery.id}/summary?tomorrow=1`);
      expect(extra.json().error.field).toBe('tomorrow');
      expect((await client.send('GET', `/api/v1/recoveries/${MISSING_ID}/summary`)).statusCode).toBe(404);
    });
  });
});
