import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { ConflictError, NotFoundError, type SessionRecord } from '../store.js';

const NOW = '2025-03-01T12:00:00.000Z';

describeEachDialect('sessions', (t) => {
  let n = 0;
  const newUser = () => t.store.users.create({ email: `session-${++n}@example.org`, passwordHash: 'h' });
  const session = (userId: string, idHash: string, expiresAt = '2025-03-02T12:00:00.000Z'): SessionRecord =>
    ({ idHash, userId, csrfToken: `csrf-${idHash}`, createdAt: '2025-03-01T00:00:00.000Z', expiresAt });

  it('finds a session by its hash until it expires, and not from the moment it expires', async () => {
    const user = await newUser();
    const s = session(user.id, 'hash-expiry', '2025-03-01T12:00:00.001Z');
    await t.store.sessions.create(s);
    // Never used since it began: last seen when it was created.
    expect(await t.store.sessions.find('hash-expiry', NOW)).toEqual({ ...s, lastSeenAt: s.createdAt });
    expect(await t.store.sessions.find('hash-expiry', '2025-03-01T12:00:00.001Z')).toBeUndefined();
    expect(await t.store.sessions.find('hash-expiry', '2025-04-01T00:00:00.000Z')).toBeUndefined();
    expect(await t.store.sessions.find('no-such-hash', NOW)).toBeUndefined();
  });

  it('records when a session was last used', async () => {
    const user = await newUser();
    await t.store.sessions.create(session(user.id, 'hash-touch'));
    await t.store.sessions.touch('hash-touch', '2025-03-01T11:00:00.000Z');
    expect((await t.store.sessions.find('hash-touch', NOW))?.lastSeenAt).toBe('2025-03-01T11:00:00.000Z');
  });

  it('deletes one session', async () => {
    const user = await newUser();
    await t.store.sessions.create(session(user.id, 'hash-del-1'));
    await t.store.sessions.create(session(user.id, 'hash-del-2'));
    await t.store.sessions.delete('hash-del-1');
    expect(await t.store.sessions.find('hash-del-1', NOW)).toBeUndefined();
    expect(await t.store.sessions.find('hash-del-2', NOW)).toBeDefined();
  });

  it('deletes all sessions of a user but the one kept, and no one else’s', async () => {
    const a = await newUser();
    const b = await newUser();
    for (const h of ['a1', 'a2', 'a3']) await t.store.sessions.create(session(a.id, h));
    await t.store.sessions.create(session(b.id, 'b1'));
    await t.store.sessions.deleteAllForUser(a.id, 'a2');
    expect(await t.store.sessions.find('a1', NOW)).toBeUndefined();
    expect(await t.store.sessions.find('a2', NOW)).toBeDefined();
    expect(await t.store.sessions.find('a3', NOW)).toBeUndefined();
    expect(await t.store.sessions.find('b1', NOW)).toBeDefined();
    await t.store.sessions.deleteAllForUser(a.id);
    expect(await t.store.sessions.find('a2', NOW)).toBeUndefined();
    expect(await t.store.sessions.find('b1', NOW)).toBeDefined();
  });

  it('deleteExpired removes exactly the expired sessions and counts them', async () => {
    const user = await newUser();
    await t.store.sessions.deleteExpired('9999-01-01T00:00:00.000Z');
    await t.store.sessions.create(session(user.id, 'old-1', '2025-02-01T00:00:00.000Z'));
    await t.store.sessions.create(session(user.id, 'old-2', NOW));
    await t.store.sessions.create(session(user.id, 'fresh', '2025-03-01T12:00:01.000Z'));
    expect(await t.store.sessions.deleteExpired(NOW)).toBe(2);
    expect(await t.store.sessions.deleteExpired(NOW)).toBe(0);
    expect(await t.store.sessions.find('fresh', NOW)).toBeDefined();
  });

  it('refuses a duplicate hash and a session of a missing user', async () => {
    const user = await newUser();
    await t.store.sessions.create(session(user.id, 'twice'));
    await expect(t.store.sessions.create(session(user.id, 'twice'))).rejects.toBeInstanceOf(ConflictError);
    await expect(t.store.sessions.create(session('00000000-0000-4000-8000-000000000000', 'orphan'))).rejects.toBeInstanceOf(NotFoundError);
  });
});
