import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { NotFoundError } from '../store.js';

const NOW = '2025-03-01T12:00:00.000Z';
const LATER = '2025-03-02T12:00:00.000Z';

describeEachDialect('password resets', (t) => {
  let n = 0;
  const newUser = () => t.store.users.create({ email: `reset-${++n}@example.org`, passwordHash: 'h' });

  it('a link works once, for its user, until it expires', async () => {
    const user = await newUser();
    await t.store.passwordResets.create({ tokenHash: 'once', userId: user.id, expiresAt: LATER });
    expect(await t.store.passwordResets.consume('no-such-link', NOW)).toBeUndefined();
    expect(await t.store.passwordResets.consume('once', NOW)).toBe(user.id);
    expect(await t.store.passwordResets.consume('once', NOW)).toBeUndefined();

    await t.store.passwordResets.create({ tokenHash: 'expiring', userId: user.id, expiresAt: LATER });
    expect(await t.store.passwordResets.consume('expiring', LATER)).toBeUndefined();
  });

  it('two uses of one link at once: exactly one succeeds', async () => {
    const user = await newUser();
    await t.store.passwordResets.create({ tokenHash: 'race', userId: user.id, expiresAt: LATER });
    const results = await Promise.all([1, 2, 3, 4].map(() => t.store.passwordResets.consume('race', NOW)));
    expect(results.filter((r) => r === user.id)).toHaveLength(1);
  });

  it('a new link replaces an unused earlier one of the same person, not another person\'s', async () => {
    const a = await newUser();
    const b = await newUser();
    await t.store.passwordResets.create({ tokenHash: 'a-old', userId: a.id, expiresAt: LATER });
    await t.store.passwordResets.create({ tokenHash: 'b-only', userId: b.id, expiresAt: LATER });
    await t.store.passwordResets.create({ tokenHash: 'a-new', userId: a.id, expiresAt: LATER });
    expect(await t.store.passwordResets.consume('a-old', NOW)).toBeUndefined();
    expect(await t.store.passwordResets.consume('a-new', NOW)).toBe(a.id);
    expect(await t.store.passwordResets.consume('b-only', NOW)).toBe(b.id);
  });

  it('refuses a link for no one, and deleting the person deletes their links', async () => {
    await expect(t.store.passwordResets.create({ tokenHash: 'ghost', userId: 'no-such-user', expiresAt: LATER })).rejects.toBeInstanceOf(NotFoundError);
    const user = await newUser();
    await t.store.passwordResets.create({ tokenHash: 'gone', userId: user.id, expiresAt: LATER });
    await t.store.users.deleteWithAllData(user.id);
    expect(await t.store.passwordResets.consume('gone', NOW)).toBeUndefined();
  });
});
