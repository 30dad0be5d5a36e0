import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { NotFoundError } from '../store.js';
import { sampleAssessment, sampleCase, sampleCheckIn, tickingClock } from './__fixtures__/records.js';

describeEachDialect('recoveries', (t) => {
  let n = 0;
  const newUser = () => t.store.users.create({ email: `recovery-${++n}@example.org`, passwordHash: 'h' });

  it('creates a recovery with and without a title and an assessment link', async () => {
    const user = await newUser();
    const assessment = await t.store.assessments.create(user.id, { case: sampleCase(), assessment: sampleAssessment() });
    const bare = await t.store.recoveries.create(user.id, { onsetDate: '2025-02-01' });
    expect(bare).toMatchObject({ userId: user.id, onsetDate: '2025-02-01', title: null, assessmentId: null });
    const linked = await t.store.recoveries.create(user.id, { onsetDate: '2025-02-03', title: 'Left knee', assessmentId: assessment.id });
    expect(linked).toMatchObject({ userId: user.id, onsetDate: '2025-02-03', title: 'Left knee', assessmentId: assessment.id });
    expect(await t.store.recoveries.get(user.id, linked.id)).toEqual(linked);
    expect(await t.store.recoveries.list(user.id)).toEqual([linked, bare]);
  });

  it('refuses to link another person’s assessment, or one that does not exist', async () => {
    const owner = await newUser();
    const other = await newUser();
    const assessment = await t.store.assessments.create(owner.id, { case: sampleCase(), assessment: sampleAssessment() });
    await expect(t.store.recoveries.create(other.id, { onsetDate: '2025-02-01', assessmentId: assessment.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(t.store.recoveries.create(owner.id, { onsetDate: '2025-02-01', assessmentId: 'no-such-assessment' })).rejects.toBeInstanceOf(NotFoundError);
    expect(await t.store.recoveries.list(other.id)).toEqual([]);
  });

  it('another person’s id behaves as not found: no get, no delete, never in a list', async () => {
    const owner = await newUser();
    const other = await newUser();
    const recovery = await t.store.recoveries.create(owner.id, { onsetDate: '2025-02-01' });
    expect(await t.store.recoveries.get(other.id, recovery.id)).toBeUndefined();
    expect(await t.store.recoveries.delete(other.id, recovery.id)).toBe(false);
    expect(await t.store.recoveries.list(other.id)).toEqual([]);
    expect(await t.store.recoveries.get(owner.id, recovery.id)).toEqual(recovery);
  });

  it('deleting a recovery deletes its check-ins', async () => {
    const user = await newUser();
    const recovery = await t.store.recoveries.create(user.id, { onsetDate: '2025-02-01' });
    await t.store.checkIns.create(user.id, recovery.id, sampleCheckIn('2025-02-02'));
    expect(await t.store.recoveries.delete(user.id, recovery.id)).toBe(true);
    expect(await t.store.recoveries.delete(user.id, recovery.id)).toBe(false);
    expect(await t.store.checkIns.list(user.id, recovery.id)).toEqual([]);
  });
}, { clock: tickingClock() });
