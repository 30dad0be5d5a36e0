import { expect, it } from 'vitest';
import { checkInBody, Client, describeApi, MISSING_ID } from '../__fixtures__/test-app.js';

describeApi('check-ins API', (t) => {
  async function withRecovery() {
    const client = await Client.registered(t.app);
    const recovery = (await client.send('POST', '/api/v1/recoveries', { onsetDate: '2025-04-01' })).json();
    return { client, base: `/api/v1/recoveries/${recovery.id}/checkins`, recoveryId: recovery.id as string };
  }

  it('adds, lists oldest first, reads, replaces and deletes check-ins', async () => {
    const { client, base, recoveryId } = await withRecovery();
    const later = await client.send('POST', base, checkInBody('2025-04-03'));
    expect(later.statusCode).toBe(201);
    expect(later.json()).toEqual({ ...checkInBody('2025-04-03'), id: expect.any(String), recoveryId, createdAt: expect.any(String), updatedAt: expect.any(String) });
    const earlier = (await client.send('POST', base, checkInBody('2025-04-02'))).json();

    expect((await client.send('GET', base)).json().checkIns.map((c: { date: string }) => c.date)).toEqual(['2025-04-02', '2025-04-03']);
    expect((await client.send('GET', `${base}/${earlier.id}`)).json()).toEqual(earlier);

    const replaced = await client.send('PUT', `${base}/${earlier.id}`, checkInBody('2025-04-02', { sleep: 9, note: 'slept well' }));
    expect(replaced.statusCode).toBe(200);
    expect(replaced.json()).toMatchObject({ id: earlier.id, sleep: 9, note: 'slept well' });
    expect((await client.send('GET', `${base}/${earlier.id}`)).json().sleep).toBe(9);

    expect((await client.send('DELETE', `${base}/${earlier.id}`)).statusCode).toBe(204);
    expect((await client.send('GET', `${base}/${earlier.id}`)).statusCode).toBe(404);
    expect((await client.send('DELETE', `${base}/${earlier.id}`)).statusCode).toBe(404);
    expect((await client.send('PUT', `${base}/${earlier.id}`, checkInBody('2025-04-02'))).statusCode).toBe(404);
  });

  it('answers 409 for a second check-in on the same date, on create and on update', async () => {
    const { client, base } = await withRecovery();
    await client.send('POST', base, checkInBody('2025-04-02'));
    const other = (await client.send('POST', base, checkInBody('2025-04-05'))).json();
    const duplicate = await client.send('POST', base, checkInBody('2025-04-02', { sleep: 1 }));
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error).toMatchObject({ code: 'conflict', field: 'date' });
    const moved = await client.send('PUT', `${base}/${other.id}`, checkInBody('2025-04-02'));
    expect(moved.statusCode).toBe(409);
    expect((await t.counts(client.userId)).check_ins).toBe(2);
  });

  it('names the field of a malformed check-in and stores nothing', async () => {
    const { client, base } = await withRecovery();
    const cases: [unknown, string][] = [
      [{ ...checkInBody('2025-04-02'), pain: { leg: 11 } }, 'pain.leg'],
      [{ ...checkInBody('2025-04-02'), swelling: 'huge' }, 'swelling'],
      [{ ...checkInBody('2025-04-02'), sleep: 'well' }, 'sleep'],
      [{ ...checkInBody('2025-04-02'), redFlags: { dragons: true } }, 'redFlags.dragons'],
      [{ ...checkInBody('2025-04-02'), note: 'x'.repeat(2001) }, 'note'],
      [{ ...checkInBody('2025-02-29') }, 'date'],
      [(({ weakness: _w, ...rest }) => rest)(checkInBody('2025-04-02')), 'weakness'],
    ];
    for (const [body, field] of cases) {
      const res = await client.send('POST', base, body);
      expect({ field, status: res.statusCode, got: res.json().error.field }).toEqual({ field, status: 400, got: field });
    }
    expect((await t.counts(client.userId)).check_ins).toBe(0);
  });

  it('answers 404 for a recovery that does not exist', async () => {
    const client = await Client.registered(t.app);
    const base = `/api/v1/recoveries/${MISSING_ID}/checkins`;
    expect((await client.send('POST', base, checkInBody('2025-04-02'))).statusCode).toBe(404);
    expect((await client.send('GET', base)).statusCode).toBe(404);
  });
});
