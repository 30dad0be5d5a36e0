import { expect, it } from 'vitest';
import { countRows, describeEachDialect, inspectDatabase } from '../../../test/support/databases.js';
import { ConflictError, NotFoundError } from '../store.js';
import { sampleCheckIn, tickingClock } from './__fixtures__/records.js';

describeEachDialect('check-ins', (t) => {
  let n = 0;
  const newRecovery = async () => {
    const user = await t.store.users.create({ email: `checkin-${++n}@example.org`, passwordHash: 'h' });
    const recovery = await t.store.recoveries.create(user.id, { onsetDate: '2025-01-01' });
    return { userId: user.id, recoveryId: recovery.id };
  };

  it('creates, reads, lists oldest first, updates and deletes', async () => {
    const { userId, recoveryId } = await newRecovery();
    const late = await t.store.checkIns.create(userId, recoveryId, sampleCheckIn('2025-01-05', 3));
    const early = await t.store.checkIns.create(userId, recoveryId, sampleCheckIn('2025-01-02', 7));
    expect(early).toMatchObject({ userId, recoveryId, date: '2025-01-02', data: sampleCheckIn('2025-01-02', 7) });
    expect(early.createdAt).toBe(early.updatedAt);
    expect(await t.store.checkIns.get(userId, recoveryId, early.id)).toEqual(early);
    expect(await t.store.checkIns.list(userId, recoveryId)).toEqual([early, late]);

    const changed = { ...sampleCheckIn('2025-01-03', 6), note: 'moved a day', redFlags: { saddle_numbness: false, fever: true } };
    const updated = await t.store.checkIns.update(userId, recoveryId, early.id, changed);
    expect(updated).toMatchObject({ id: early.id, date: '2025-01-03', data: changed, createdAt: early.createdAt });
    expect(updated!.updatedAt > early.updatedAt).toBe(true);
    expect(await t.store.checkIns.get(userId, recoveryId, early.id)).toEqual(updated);

    expect(await t.store.checkIns.delete(userId, recoveryId, early.id)).toBe(true);
    expect(await t.store.checkIns.delete(userId, recoveryId, early.id)).toBe(false);
    expect(await t.store.checkIns.list(userId, recoveryId)).toEqual([late]);
  });

  it('one check-in per recovery and date: a second create or a move onto a taken date is a ConflictError', async () => {
    const { userId, recoveryId } = await newRecovery();
    const first = await t.store.checkIns.create(userId, recoveryId, sampleCheckIn('2025-01-10'));
    await expect(t.store.checkIns.create(userId, recoveryId, sampleCheckIn('2025-01-10', 2))).rejects.toBeInstanceOf(ConflictError);
    const other = await t.store.checkIns.create(userId, recoveryId, sampleCheckIn('2025-01-11'));
    await expect(t.store.checkIns.update(userId, recoveryId, other.id, sampleCheckIn('2025-01-10'))).rejects.toBeInstanceOf(ConflictError);
    expect(await t.store.checkIns.list(userId, recoveryId)).toEqual([first, other]);
    // The same date in another recovery is fine.
    const second = await newRecovery();
    await expect(t.store.checkIns.create(second.userId, second.recoveryId, sampleCheckIn('2025-01-10'))).resolves.toBeDefined();
  });

  it('another person cannot create, read, list, update or delete check-ins of a recovery not theirs', async () => {
    const a = await newRecovery();
    const b = await newRecovery();
    const mine = await t.store.checkIns.create(a.userId, a.recoveryId, sampleCheckIn('2025-01-02'));
    const before = await inspectDatabase(t.options, (db) => countRows(db));

    await expect(t.store.checkIns.create(b.userId, a.recoveryId, sampleCheckIn('2025-01-03'))).rejects.toBeInstanceOf(NotFoundError);
    expect(await t.store.checkIns.list(b.userId, a.recoveryId)).toEqual([]);
    expect(await t.store.checkIns.get(b.userId, a.recoveryId, mine.id)).toBeUndefined();
    expect(await t.store.checkIns.update(b.userId, a.recoveryId, mine.id, sampleCheckIn('2025-01-02', 0))).toBeUndefined();
    expect(await t.store.checkIns.delete(b.userId, a.recoveryId, mine.id)).toBe(false);
    // Their own recovery id with my check-in id does not reach it either.
    expect(await t.store.checkIns.get(b.userId, b.recoveryId, mine.id)).toBeUndefined();
    expect(await t.store.checkIns.update(b.userId, b.recoveryId, mine.id, sampleCheckIn('2025-01-02', 0))).toBeUndefined();
    expect(await t.store.checkIns.delete(b.userId, b.recoveryId, mine.id)).toBe(false);
    // My check-in id under another of my recoveries' ids is not found either.
    const other = await t.store.recoveries.create(a.userId, { onsetDate: '2025-01-01' });
    expect(await t.store.checkIns.get(a.userId, other.id, mine.id)).toBeUndefined();

    expect(await t.store.checkIns.get(a.userId, a.recoveryId, mine.id)).toEqual(mine);
    expect(await inspectDatabase(t.options, (db) => countRows(db))).toEqual({ ...before, recoveries: before.recoveries + 1 });
  });

  it('the schema itself refuses a check-in whose owner is not its recovery’s owner', async () => {
    const a = await newRecovery();
    const b = await newRecovery();
    const row = { id: 'forged', user_id: b.userId, recovery_id: a.recoveryId, date: '2025-01-02', data_json: '{}', created_at: 'x', updated_at: 'x' };
    await expect(inspectDatabase(t.options, (db) => db.insertInto('check_ins').values(row).execute())).rejects.toThrow();
  });

  it('a missing recovery is NotFoundError on create and empty on list', async () => {
    const { userId } = await newRecovery();
    await expect(t.store.checkIns.create(userId, 'no-such-recovery', sampleCheckIn('2025-01-02'))).rejects.toBeInstanceOf(NotFoundError);
    expect(await t.store.checkIns.list(userId, 'no-such-recovery')).toEqual([]);
  });
}, { clock: tickingClock() });
