import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import type { AuditEntry } from '../store.js';

describeEachDialect('audit log', (t) => {
  it('records entries with and without a user and lists one user’s, oldest first, with numeric ids', async () => {
    const user = await t.store.users.create({ email: 'audited@example.org', passwordHash: 'h' });
    const entries: AuditEntry[] = [
      { at: '2025-01-01T00:00:01.000Z', userId: user.id, action: 'login', recordType: 'session', recordId: null, outcome: 'ok', requestId: 'r1' },
      { at: '2025-01-01T00:00:02.000Z', userId: null, action: 'login', recordType: 'session', recordId: null, outcome: 'denied' },
      { at: '2025-01-01T00:00:03.000Z', userId: user.id, action: 'read', recordType: 'assessment', recordId: 'a-1', outcome: 'not_found', requestId: null },
    ];
    for (const entry of entries) await t.store.audit.record(entry);

    const listed = await t.store.audit.listForUser(user.id);
    expect(listed.map(({ id: _id, ...rest }) => rest)).toEqual([entries[0], entries[2]]);
    const ids = listed.map((e) => e.id);
    expect(ids.every((id) => typeof id === 'number' && Number.isInteger(id))).toBe(true);
    expect(ids[0]! < ids[1]!).toBe(true);
    expect(await t.store.audit.listForUser('someone-else')).toEqual([]);
  });
});
