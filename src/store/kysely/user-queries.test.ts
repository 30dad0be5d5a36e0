import { expect, it } from 'vitest';
import { countRows, describeEachDialect, inspectDatabase } from '../../../test/support/databases.js';
import { ConflictError, type Store } from '../store.js';
import { sampleAssessment, sampleCase, sampleCheckIn, tickingClock } from './__fixtures__/records.js';

let n = 0;
const uniqueEmail = (tag: string) => `${tag}.${++n}@example.org`;

/** One person with a row in every table that holds personal data. */
async function personWithEverything(store: Store, tag: string) {
  const user = await store.users.create({ email: uniqueEmail(tag), passwordHash: `hash-${tag}` });
  await store.sessions.create({ idHash: `session-${user.id}`, userId: user.id, csrfToken: 'csrf', createdAt: '2025-01-01T00:00:00.000Z', expiresAt: '2099-01-01T00:00:00.000Z' });
  const assessment = await store.assessments.create(user.id, { case: sampleCase(), assessment: sampleAssessment() });
  const recovery = await store.recoveries.create(user.id, { onsetDate: '2025-01-01', title: `${tag} episode`, assessmentId: assessment.id });
  await store.checkIns.create(user.id, recovery.id, sampleCheckIn('2025-01-02'));
  await store.checkIns.create(user.id, recovery.id, sampleCheckIn('2025-01-03', 4));
  await store.audit.record({ at: '2025-01-03T10:00:00.000Z', userId: user.id, action: 'create', recordType: 'check_in', recordId: recovery.id, outcome: 'ok', requestId: 'req-1' });
  return { user, assessment, recovery };
}

describeEachDialect('users', (t) => {
  it('creates a user with a uuid and a lowercased email, and finds it by id and by email in any case', async () => {
    const email = uniqueEmail('Mixed.Case').replace('mixed', 'MiXeD');
    const user = await t.store.users.create({ email, passwordHash: 'scrypt$abc' });
    expect(user.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(user.email).toBe(email.toLowerCase());
    expect(user.passwordHash).toBe('scrypt$abc');
    expect(Number.isNaN(Date.parse(user.createdAt))).toBe(false);

    expect(await t.store.users.findById(user.id)).toEqual(user);
    expect(await t.store.users.findByEmail(email.toUpperCase())).toEqual(user);
    expect(await t.store.users.findByEmail(email.toLowerCase())).toEqual(user);
  });

  it('misses unknown users with undefined', async () => {
    expect(await t.store.users.findById('00000000-0000-4000-8000-000000000000')).toBeUndefined();
    expect(await t.store.users.findByEmail('nobody@example.org')).toBeUndefined();
  });

  it('throws ConflictError for an email taken in another case, and keeps the first account', async () => {
    const email = uniqueEmail('dup');
    const first = await t.store.users.create({ email, passwordHash: 'one' });
    await expect(t.store.users.create({ email: email.toUpperCase(), passwordHash: 'two' })).rejects.toBeInstanceOf(ConflictError);
    expect(await t.store.users.findByEmail(email)).toEqual(first);
  });

  it('updates the password hash of that user only', async () => {
    const a = await t.store.users.create({ email: uniqueEmail('pw-a'), passwordHash: 'old-a' });
    const b = await t.store.users.create({ email: uniqueEmail('pw-b'), passwordHash: 'old-b' });
    await t.store.users.updatePasswordHash(a.id, 'new-a');
    expect((await t.store.users.findById(a.id))?.passwordHash).toBe('new-a');
    expect((await t.store.users.findById(b.id))?.passwordHash).toBe('old-b');
  });

  it('deleteWithAllData erases every row of that person in every table and leaves the other person whole', async () => {
    const a = await personWithEverything(t.store, 'erase-a');
    const b = await personWithEverything(t.store, 'erase-b');
    const before = await inspectDatabase(t.options, (db) => countRows(db, a.user.id));
    expect(before).toMatchObject({ users: 1, sessions: 1, assessments: 1, recoveries: 1, check_ins: 2, audit_log: 1 });
    const bBefore = await inspectDatabase(t.options, (db) => countRows(db, b.user.id));

    await t.store.users.deleteWithAllData(a.user.id);

    const after = await inspectDatabase(t.options, (db) => countRows(db, a.user.id));
    expect(after).toMatchObject({ users: 0, sessions: 0, assessments: 0, recoveries: 0, check_ins: 0, audit_log: 0 });
    expect(await inspectDatabase(t.options, (db) => countRows(db, b.user.id))).toEqual(bBefore);
    expect(await t.store.users.findById(a.user.id)).toBeUndefined();
    expect(await t.store.users.exportAll(a.user.id)).toBeUndefined();
    expect(await t.store.sessions.find(`session-${a.user.id}`, '2025-06-01T00:00:00.000Z')).toBeUndefined();
    // The email is free again.
    await expect(t.store.users.create({ email: a.user.email, passwordHash: 'again' })).resolves.toMatchObject({ email: a.user.email });
  });

  it('the foreign keys cascade on their own too: deleting the user row alone leaves no orphans', async () => {
    const a = await personWithEverything(t.store, 'cascade');
    await inspectDatabase(t.options, (db) => db.deleteFrom('users').where('id', '=', a.user.id).execute());
    const after = await inspectDatabase(t.options, (db) => countRows(db, a.user.id));
    expect(after).toMatchObject({ users: 0, sessions: 0, assessments: 0, recoveries: 0, check_ins: 0 });
  });

  it('exportAll returns everything of that person and nothing of anyone else', async () => {
    const a = await personWithEverything(t.store, 'export-a');
    const b = await personWithEverything(t.store, 'export-b');
    const exported = await t.store.users.exportAll(a.user.id);
    expect(exported?.user).toEqual({ id: a.user.id, email: a.user.email, createdAt: a.user.createdAt });
    expect(exported?.user).not.toHaveProperty('passwordHash');
    expect(exported?.assessments).toEqual([a.assessment]);
    expect(exported?.recoveries).toEqual([a.recovery]);
    expect(exported?.checkIns.map((c) => [c.recoveryId, c.date, c.data.pain.leg])).toEqual([
      [a.recovery.id, '2025-01-02', 5], [a.recovery.id, '2025-01-03', 4],
    ]);
    expect(exported?.audit).toEqual([
      { id: expect.any(Number), at: '2025-01-03T10:00:00.000Z', userId: a.user.id, action: 'create', recordType: 'check_in', recordId: a.recovery.id, outcome: 'ok', requestId: 'req-1' },
    ]);
    const everyOwner = [
      ...exported!.assessments.map((r) => r.userId), ...exported!.recoveries.map((r) => r.userId),
      ...exported!.checkIns.map((r) => r.userId), ...exported!.audit.map((r) => r.userId),
    ];
    expect(new Set(everyOwner)).toEqual(new Set([a.user.id]));
    expect(JSON.stringify(exported)).not.toContain(b.user.id);
  });
}, { clock: tickingClock() });
