import { expect, it } from 'vitest';
import { countRows, describeEachDialect, inspectDatabase } from '../../../test/support/databases.js';
import { ConflictError, NotFoundError, type MeasureResultInput } from '../store.js';
import { tickingClock } from './__fixtures__/records.js';

const roland = (date: string, ticked: number[] = [3, 9]): MeasureResultInput => ({ instrument: 'roland-morris', date, answers: { ticked } });
const psfs = (date: string, rating = 4): MeasureResultInput => ({ instrument: 'psfs', date, answers: { activities: [{ name: 'Climbing stairs', rating }] } });

describeEachDialect('measure results', (t) => {
  let n = 0;
  const newRecovery = async () => {
    const user = await t.store.users.create({ email: `measure-${++n}@example.org`, passwordHash: 'h' });
    const recovery = await t.store.recoveries.create(user.id, { onsetDate: '2025-01-01' });
    return { userId: user.id, recoveryId: recovery.id };
  };

  it('creates, reads, lists by date then instrument, and deletes; the answers come back as given', async () => {
    const { userId, recoveryId } = await newRecovery();
    const late = await t.store.measureResults.create(userId, recoveryId, roland('2025-01-08', [1, 2, 3]));
    const early = await t.store.measureResults.create(userId, recoveryId, roland('2025-01-01'));
    const sameDay = await t.store.measureResults.create(userId, recoveryId, psfs('2025-01-01'));
    expect(early).toMatchObject({ userId, recoveryId, instrument: 'roland-morris', date: '2025-01-01', answers: { ticked: [3, 9] } });
    expect(await t.store.measureResults.get(userId, recoveryId, sameDay.id)).toEqual(sameDay);
    expect(await t.store.measureResults.list(userId, recoveryId)).toEqual([sameDay, early, late]);
    expect(await t.store.measureResults.delete(userId, recoveryId, early.id)).toBe(true);
    expect(await t.store.measureResults.delete(userId, recoveryId, early.id)).toBe(false);
    expect(await t.store.measureResults.list(userId, recoveryId)).toEqual([sameDay, late]);
  });

  it('one result per instrument per recovery and day: a second is a ConflictError and changes nothing', async () => {
    const { userId, recoveryId } = await newRecovery();
    const first = await t.store.measureResults.create(userId, recoveryId, psfs('2025-01-05', 3));
    await expect(t.store.measureResults.create(userId, recoveryId, psfs('2025-01-05', 7))).rejects.toBeInstanceOf(ConflictError);
    expect(await t.store.measureResults.list(userId, recoveryId)).toEqual([first]);
    // Another instrument that day, or the same instrument in another recovery, is fine.
    await expect(t.store.measureResults.create(userId, recoveryId, roland('2025-01-05'))).resolves.toBeDefined();
    const other = await newRecovery();
    await expect(t.store.measureResults.create(other.userId, other.recoveryId, psfs('2025-01-05'))).resolves.toBeDefined();
  });

  it('another person cannot create, read, list or delete results of a recovery not theirs', async () => {
    const a = await newRecovery();
    const b = await newRecovery();
    const mine = await t.store.measureResults.create(a.userId, a.recoveryId, roland('2025-01-02'));
    const before = await inspectDatabase(t.options, (db) => countRows(db));
    await expect(t.store.measureResults.create(b.userId, a.recoveryId, roland('2025-01-03'))).rejects.toBeInstanceOf(NotFoundError);
    expect(await t.store.measureResults.list(b.userId, a.recoveryId)).toEqual([]);
    expect(await t.store.measureResults.get(b.userId, a.recoveryId, mine.id)).toBeUndefined();
    expect(await t.store.measureResults.get(b.userId, b.recoveryId, mine.id)).toBeUndefined();
    expect(await t.store.measureResults.delete(b.userId, a.recoveryId, mine.id)).toBe(false);
    expect(await t.store.measureResults.delete(b.userId, b.recoveryId, mine.id)).toBe(false);
    expect(await inspectDatabase(t.options, (db) => countRows(db))).toEqual(before);
    expect(await t.store.measureResults.get(a.userId, a.recoveryId, mine.id)).toEqual(mine);
  });

  it('the schema itself refuses a result whose owner is not its recovery\'s owner, and a second on the same day', async () => {
    const a = await newRecovery();
    const b = await newRecovery();
    const row = { id: 'forged', user_id: b.userId, recovery_id: a.recoveryId, instrument: 'psfs', date: '2025-01-02', answers_json: '{}', created_at: 'x' };
    await expect(inspectDatabase(t.options, (db) => db.insertInto('measure_results').values(row).execute())).rejects.toThrow();
    const ok = { ...row, user_id: a.userId };
    await inspectDatabase(t.options, (db) => db.insertInto('measure_results').values(ok).execute());
    await expect(inspectDatabase(t.options, (db) => db.insertInto('measure_results').values({ ...ok, id: 'again' }).execute())).rejects.toThrow();
  });

  it('deleting the recovery deletes its results; erasing the person deletes all of theirs; the export holds them', async () => {
    const a = await newRecovery();
    const kept = await t.store.recoveries.create(a.userId, { onsetDate: '2025-02-01' });
    await t.store.measureResults.create(a.userId, a.recoveryId, roland('2025-01-02'));
    const second = await t.store.measureResults.create(a.userId, kept.id, psfs('2025-02-02'));
    expect(await t.store.recoveries.delete(a.userId, a.recoveryId)).toBe(true);
    expect(await t.store.measureResults.list(a.userId, a.recoveryId)).toEqual([]);
    expect((await t.store.users.exportAll(a.userId))?.measureResults).toEqual([second]);

    await t.store.users.deleteWithAllData(a.userId);
    const left = await inspectDatabase(t.options, (db) => db.selectFrom('measure_results').select('id').where('user_id', '=', a.userId).execute());
    expect(left).toEqual([]);
  });

  it('a missing recovery is NotFoundError on create and empty on list', async () => {
    const { userId } = await newRecovery();
    await expect(t.store.measureResults.create(userId, 'no-such-recovery', psfs('2025-01-02'))).rejects.toBeInstanceOf(NotFoundError);
    expect(await t.store.measureResults.list(userId, 'no-such-recovery')).toEqual([]);
  });
}, { clock: tickingClock() });
