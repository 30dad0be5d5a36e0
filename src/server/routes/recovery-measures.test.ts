import { expect, it } from 'vitest';
import { MEASURE_IDS } from '../../knowledge/measures/index.js';
import { Client, describeApi, MISSING_ID } from '../__fixtures__/test-app.js';

const START_BACK = { q1: 'agree', q2: 'disagree', q3: 'agree', q4: 'agree', q5: 'agree', q6: 'agree', q7: 'agree', q8: 'disagree', q9: 'very_much' };
const BODIES = {
  'start-back': { date: '2025-04-02', answers: START_BACK },
  'roland-morris': { date: '2025-04-02', answers: { ticked: [1, 3, 5, 7, 9, 11, 13, 15] } },
  psfs: { date: '2025-04-02', answers: { activities: [{ name: 'Climbing stairs', rating: 3 }, { name: 'Gardening', rating: 6 }] } },
  nprs: { date: '2025-04-02', answers: { back: 6, leg: 4 } },
} as const;

describeApi('recovery measures API', (t) => {
  async function withRecovery(client?: Client) {
    const c = client ?? (await Client.registered(t.app));
    const recovery = (await c.send('POST', '/api/v1/recoveries', { onsetDate: '2025-04-01' })).json();
    return { client: c, base: `/api/v1/recoveries/${recovery.id}/measures`, recoveryId: recovery.id as string };
  }

  it('answers each instrument (201 with its score), lists them oldest first, reads one and deletes one, each audited', async () => {
    const { client, base, recoveryId } = await withRecovery();
    const made = [];
    for (const id of MEASURE_IDS) {
      const res = await client.send('POST', `${base}/${id}`, BODIES[id]);
      expect(res.statusCode, id).toBe(201);
      made.push(res.json());
    }
    expect(made.map((m) => [m.instrument, m.recoveryId, m.date])).toEqual(MEASURE_IDS.map((id) => [id, recoveryId, '2025-04-02']));
    expect(made.find((m) => m.instrument === 'start-back').result.risk).toEqual({ code: 'high', display: 'High risk' });
    expect(made.find((m) => m.instrument === 'roland-morris').result.scores[0]).toMatchObject({ scale: 'total', value: 8 });
    expect(made.find((m) => m.instrument === 'psfs').result.scores[0]).toMatchObject({ scale: 'average', value: 4.5 });
    expect(made.find((m) => m.instrument === 'psfs').answers).toEqual(BODIES.psfs.answers);

    const listed = (await client.send('GET', base)).json().results;
    expect(listed.map((r: { id: string }) => r.id).sort()).toEqual(made.map((m) => m.id).sort());
    const one = made[1];
    expect((await client.send('GET', `${base}/${one.id}`)).json()).toEqual(one);
    expect((await client.send('DELETE', `${base}/${one.id}`)).statusCode).toBe(204);
    expect((await client.send('GET', `${base}/${one.id}`)).statusCode).toBe(404);
    expect((await client.send('DELETE', `${base}/${one.id}`)).statusCode).toBe(404);

    const actions = (await t.store.audit.listForUser(client.userId!)).map((e) => `${e.action}:${e.outcome}`);
    expect(actions.filter((a) => a === 'measure.create:ok')).toHaveLength(4);
    expect(actions).toEqual(expect.arrayContaining(['measure.list:ok', 'measure.read:ok', 'measure.delete:ok', 'measure.read:not_found', 'measure.delete:not_found']));
  });

  it('an unanswered or out-of-range item is a 400 naming it, and stores nothing', async () => {
    const { client, base } = await withRecovery();
    const { q4: _q4, ...noQ4 } = START_BACK;
    const cases: [string, unknown, string][] = [
      ['start-back', { date: '2025-04-02', answers: noQ4 }, 'answers.q4'],
      ['start-back', { date: '2025-04-02', answers: { ...START_BACK, q9: 'agree' } }, 'answers.q9'],
      ['start-back', { date: '2025-04-02', answers: { ...START_BACK, q10: 'agree' } }, 'answers.q10'],
      ['roland-morris', { date: '2025-04-02', answers: { ticked: [25] } }, 'answers.ticked.0'],
      ['roland-morris', { date: '2025-04-02', answers: { ticked: [3, 3] } }, 'answers.ticked'],
      ['psfs', { date: '2025-04-02', answers: { activities: [{ name: 'Stairs', rating: 3 }, { name: 'Walking', rating: 11 }] } }, 'answers.activities.1.rating'],
      ['psfs', { date: '2025-04-02', answers: { activities: [{ name: 'Stairs' }] } }, 'answers.activities.0.rating'],
      ['psfs', { date: '2025-04-02', answers: { activities: [{ name: '   ', rating: 3 }] } }, 'answers.activities.0.name'],
      ['psfs', { date: '2025-04-02', answers: { activities: [] } }, 'answers.activities'],
      ['nprs', { date: '2025-04-02', answers: { knee: -1 } }, 'answers.knee'],
      ['nprs', { date: '2025-04-02', answers: {} }, 'answers'],
      ['nprs', { date: '2025-02-30', answers: { knee: 3 } }, 'date'],
      ['nprs', { answers: { knee: 3 } }, 'date'],
    ];
    for (const [id, body, field] of cases) {
      const res = await client.send('POST', `${base}/${id}`, body);
      expect({ id, field, status: res.statusCode, got: res.json().error.field }).toEqual({ id, field, status: 400, got: field });
      expect(res.json().error.message).toContain(field);
    }
    expect((await t.counts(client.userId)).measure_results).toBe(0);
  });

  it('a date in the future is refused; a second result of an instrument on the same day is a 409', async () => {
    const { client, base } = await withRecovery();
    expect((await client.send('POST', `${base}/nprs`, { date: '2999-01-01', answers: { knee: 3 } })).json().error).toMatchObject({ code: 'invalid', field: 'date' });
    expect((await client.send('POST', `${base}/nprs`, BODIES.nprs)).statusCode).toBe(201);
    const again = await client.send('POST', `${base}/nprs`, { ...BODIES.nprs, answers: { back: 2 } });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'conflict', field: 'date' });
    expect((await client.send('POST', `${base}/psfs`, BODIES.psfs)).statusCode).toBe(201);
    expect((await t.counts(client.userId)).measure_results).toBe(2);
  });

  it('no one else reads, adds to or deletes another person\'s results; without a session or the CSRF token nothing happens', async () => {
    const { client, base } = await withRecovery();
    const mine = (await client.send('POST', `${base}/nprs`, BODIES.nprs)).json();
    const other = await Client.registered(t.app);
    expect((await other.send('GET', base)).statusCode).toBe(404);
    expect((await other.send('GET', `${base}/${mine.id}`)).statusCode).toBe(404);
    expect((await other.send('POST', `${base}/psfs`, BODIES.psfs)).statusCode).toBe(404);
    expect((await other.send('DELETE', `${base}/${mine.id}`)).statusCode).toBe(404);
    const own = await withRecovery(other);
    expect((await other.send('GET', `${own.base}/${mine.id}`)).statusCode).toBe(404);
    expect((await other.send('GET', own.base)).json().results).toEqual([]);

    expect((await new Client(t.app).send('GET', base)).statusCode).toBe(401);
    expect((await client.send('POST', `${base}/psfs`, BODIES.psfs, { csrf: false })).statusCode).toBe(403);
    expect((await client.send('DELETE', `${base}/${mine.id}`, undefined, { csrf: false })).statusCode).toBe(403);
    expect((await client.send('GET', `${base}/${mine.id}`)).json()).toEqual(mine);
    expect((await t.counts(client.userId)).measure_results).toBe(1);
    expect((await t.store.audit.listForUser(other.userId!)).map((e) => `${e.action}:${e.outcome}`)).toContain('measure.list:not_found');
  });

  it('answers 404 for a recovery that does not exist', async () => {
    const client = await Client.registered(t.app);
    const base = `/api/v1/recoveries/${MISSING_ID}/measures`;
    expect((await client.send('POST', `${base}/nprs`, BODIES.nprs)).statusCode).toBe(404);
    expect((await client.send('GET', base)).statusCode).toBe(404);
  });

  it('the recovery summary says what is due and carries each score over time, with its sentence and alerts', async () => {
    const { client, base, recoveryId } = await withRecovery();
    const summary = async (today: string) => (await client.send('GET', `/api/v1/recoveries/${recoveryId}/summary?today=${today}`)).json();
    expect((await summary('2025-04-02')).measures.due).toEqual(['start-back', 'roland-morris', 'psfs', 'nprs']);
    await client.send('POST', `${base}/roland-morris`, { date: '2025-04-02', answers: { ticked: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14] } });
    await client.send('POST', `${base}/roland-morris`, { date: '2025-04-09', answers: { ticked: [1, 2, 3, 4, 5, 6, 7, 8] } });
    const s = await summary('2025-04-10');
    const rm = s.measures.instruments.find((i: { instrument: string }) => i.instrument === 'roland-morris');
    expect(rm).toMatchObject({ status: 'up_to_date', nextDue: '2025-04-16', count: 2 });
    expect(rm.series[0].sentence).toBe('Since 2 April 2025, your back function improved by 6 points (from 14 to 8), more than the 5 points people notice.');
    expect(s.measures.due).toEqual(['start-back', 'psfs', 'nprs']);

    await client.send('POST', `${base}/roland-morris`, { date: '2025-04-16', answers: { ticked: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] } });
    expect((await summary('2025-04-16')).alerts.map((a: { kind: string }) => a.kind)).toContain('measure_worse');
  });
});
