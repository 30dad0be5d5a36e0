import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { sweep } from './housekeeping.js';

describeEachDialect('housekeeping sweep', (t) => {
  it('removes expired sessions and rate-limit windows long past, and nothing else', async () => {
    const now = new Date('2030-06-01T12:00:00.000Z');
    const settings = { scryptCost: 1024, sessionDays: 30, authRateLimit: { max: 10, windowSeconds: 60 }, clock: () => now, publicUrl: null, sessionIdleMinutes: 60, auditRetentionDays: 30 };
    const user = await t.store.users.create({ email: 'sweep@example.org', passwordHash: 'scrypt$x' });
    const session = (idHash: string, expiresAt: string) => ({ idHash, userId: user.id, csrfToken: 't', createdAt: '2030-05-01T00:00:00.000Z', expiresAt });
    await t.store.sessions.create(session('expired', '2030-06-01T11:59:59.000Z'));
    await t.store.sessions.create(session('live', '2030-06-30T00:00:00.000Z'));
    await t.store.rateLimits.hit('login:ip:1', '2030-06-01T11:50:00.000Z');
    await t.store.rateLimits.hit('login:ip:1', '2030-06-01T12:00:00.000Z');

    await t.store.loginFailures.record('login:email:old', '2030-05-30T12:00:00.000Z');
    await t.store.loginFailures.record('login:email:new', '2030-06-01T11:00:00.000Z');
    await t.store.devices.trust({ idHash: 'gone', userId: user.id, createdAt: '2030-01-01T00:00:00.000Z', expiresAt: '2030-06-01T00:00:00.000Z' });
    await t.store.devices.trust({ idHash: 'kept', userId: user.id, createdAt: '2030-01-01T00:00:00.000Z', expiresAt: '2030-12-01T00:00:00.000Z' });

    const entry = (erasedAt: string) => ({ at: erasedAt, userId: `erased:${erasedAt}`, action: 'x', recordType: 'user', recordId: null, outcome: 'ok' as const, erasedAt });
    await t.store.audit.record(entry('2030-04-01T00:00:00.000Z'));
    await t.store.audit.record(entry('2030-05-20T00:00:00.000Z'));
    await t.store.audit.record({ at: '2020-01-01T00:00:00.000Z', userId: user.id, action: 'old but live', recordType: 'user', recordId: null, outcome: 'ok' });

    expect(await sweep(t.store, settings)).toEqual({ sessions: 1, rateLimits: 1, loginFailures: 1, devices: 1, erasedAudit: 1 });
    expect(await t.store.audit.listForUser('erased:2030-05-20T00:00:00.000Z')).toHaveLength(1);
    expect(await t.store.audit.listForUser(user.id)).toHaveLength(1);
    expect(await t.store.loginFailures.get('login:email:new')).toEqual({ failures: 1, lastAt: '2030-06-01T11:00:00.000Z' });
    expect(await t.store.devices.find('kept', now.toISOString())).toEqual({ userId: user.id });
    expect(await t.store.sessions.find('live', now.toISOString())).toBeDefined();
    expect(await t.store.rateLimits.hit('login:ip:1', '2030-06-01T12:00:00.000Z')).toBe(2);
    expect(await t.store.rateLimits.hit('login:ip:1', '2030-06-01T11:50:00.000Z')).toBe(1);
  });
});
