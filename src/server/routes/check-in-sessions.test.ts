import { expect, it } from 'vitest';
import { inspectDatabase } from '../../../test/support/databases.js';
import type { ExerciseSession } from '../../schemas/checkin.js';
import { checkInBody, Client, describeApi } from '../__fixtures__/test-app.js';

const SESSION: ExerciseSession = {
  painBefore: 2, painDuring: 4, painAfter: 3, minutes: 18,
  exercises: [{ id: 'bridges', setsDone: 2, repsDone: 20 }, { id: 'clamshells', setsDone: 0, repsDone: 0, skipped: true }],
};

describeApi('guided sessions saved with the check-in', (t) => {
  it('stores a session with the day’s check-in and gives it back; a check-in without one stays as it was', async () => {
    const c = await Client.registered(t.app);
    const recovery = (await c.send('POST', '/api/v1/recoveries', { onsetDate: '2025-03-01' })).json() as { id: string };
    const plain = await c.send('POST', `/api/v1/recoveries/${recovery.id}/checkins`, checkInBody('2025-03-10'));
    expect(plain.statusCode).toBe(201);
    expect(plain.json()).not.toHaveProperty('sessions');
    const withSession = await c.send('POST', `/api/v1/recoveries/${recovery.id}/checkins`, checkInBody('2025-03-11', { sessions: [SESSION] }));
    expect(withSession.statusCode).toBe(201);
    const id = (withSession.json() as { id: string }).id;
    expect((await c.send('GET', `/api/v1/recoveries/${recovery.id}/checkins/${id}`)).json()).toMatchObject({ sessions: [SESSION] });
    // A second session the same day is added to the same check-in.
    const both = await c.send('PUT', `/api/v1/recoveries/${recovery.id}/checkins/${id}`, checkInBody('2025-03-11', { sessions: [SESSION, { ...SESSION, painDuring: 6 }] }));
    expect(both.statusCode).toBe(200);
    expect((both.json() as { sessions: unknown[] }).sessions).toHaveLength(2);
    // The summary reads it: pain during exercise above 5/10 is a flare.
    const summary = (await c.send('GET', `/api/v1/recoveries/${recovery.id}/summary?today=2025-03-11`)).json() as { progression: { changes: { kind: string }[] } };
    expect(summary.progression.changes.map((x) => x.kind)).toEqual(['start']);
  });

  it('reads a check-in stored before sessions existed (no sessions field in its JSON)', async () => {
    const c = await Client.registered(t.app);
    const recovery = (await c.send('POST', '/api/v1/recoveries', { onsetDate: '2025-03-01' })).json() as { id: string };
    const created = (await c.send('POST', `/api/v1/recoveries/${recovery.id}/checkins`, checkInBody('2025-03-05'))).json() as { id: string };
    const stored = await inspectDatabase(t.options, (db) => db.selectFrom('check_ins').select('data_json').where('id', '=', created.id).executeTakeFirstOrThrow());
    expect(JSON.parse(stored.data_json)).not.toHaveProperty('sessions');
    const summary = await c.send('GET', `/api/v1/recoveries/${recovery.id}/summary?today=2025-03-06`);
    expect(summary.statusCode).toBe(200);
    const series = (await c.send('GET', `/api/v1/recoveries/${recovery.id}/series`)).json() as { weeks: { sessions: number }[] };
    expect(series.weeks).toHaveLength(1);
  });

  it('refuses a malformed session, naming the field, and stores nothing', async () => {
    const c = await Client.registered(t.app);
    const recovery = (await c.send('POST', '/api/v1/recoveries', { onsetDate: '2025-03-01' })).json() as { id: string };
    const cases: [unknown, string][] = [
      [{ ...SESSION, painDuring: 11 }, 'sessions.0.painDuring'],
      [{ ...SESSION, painAfter: undefined }, 'sessions.0.painAfter'],
      [{ ...SESSION, exercises: [{ id: 'bridges', setsDone: -1, repsDone: 0 }] }, 'sessions.0.exercises.0.setsDone'],
      [{ ...SESSION, mood: 'great' }, 'sessions.0.mood'],
    ];
    for (const [session, field] of cases) {
      const res = await c.send('POST', `/api/v1/recoveries/${recovery.id}/checkins`, { ...checkInBody('2025-03-12'), sessions: [session] });
      expect({ field, status: res.statusCode, got: (res.json() as { error: { field?: string } }).error.field }).toEqual({ field, status: 400, got: field });
    }
    expect((await c.send('GET', `/api/v1/recoveries/${recovery.id}/checkins`)).json()).toEqual({ checkIns: [] });
  });
});
