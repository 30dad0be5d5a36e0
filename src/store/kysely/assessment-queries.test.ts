import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { NotFoundError } from '../store.js';
import { sampleAssessment, sampleCase, tickingClock } from './__fixtures__/records.js';

describeEachDialect('assessments', (t) => {
  let n = 0;
  const newUser = () => t.store.users.create({ email: `assessment-${++n}@example.org`, passwordHash: 'h' });

  it('stores the case and the assessment as given and reads them back', async () => {
    const user = await newUser();
    const input = { case: sampleCase(61), assessment: sampleAssessment('v-roundtrip') };
    const saved = await t.store.assessments.create(user.id, input);
    expect(saved).toMatchObject({ userId: user.id, case: input.case, assessment: input.assessment });
    expect(await t.store.assessments.get(user.id, saved.id)).toEqual(saved);
  });

  it('lists one owner’s assessments, newest first', async () => {
    const user = await newUser();
    const first = await t.store.assessments.create(user.id, { case: sampleCase(30), assessment: sampleAssessment('1') });
    const second = await t.store.assessments.create(user.id, { case: sampleCase(31), assessment: sampleAssessment('2') });
    expect(await t.store.assessments.list(user.id)).toEqual([second, first]);
  });

  it('another person’s id behaves as not found: no get, no delete, never in a list', async () => {
    const owner = await newUser();
    const other = await newUser();
    const saved = await t.store.assessments.create(owner.id, { case: sampleCase(), assessment: sampleAssessment() });
    expect(await t.store.assessments.get(other.id, saved.id)).toBeUndefined();
    expect(await t.store.assessments.delete(other.id, saved.id)).toBe(false);
    expect(await t.store.assessments.list(other.id)).toEqual([]);
    expect(await t.store.assessments.get(owner.id, saved.id)).toEqual(saved);
  });

  it('delete tells whether it deleted, and unlinks recoveries that pointed at it', async () => {
    const user = await newUser();
    const saved = await t.store.assessments.create(user.id, { case: sampleCase(), assessment: sampleAssessment() });
    const recovery = await t.store.recoveries.create(user.id, { onsetDate: '2025-01-01', assessmentId: saved.id });
    expect(await t.store.assessments.delete(user.id, saved.id)).toBe(true);
    expect(await t.store.assessments.delete(user.id, saved.id)).toBe(false);
    expect(await t.store.assessments.get(user.id, saved.id)).toBeUndefined();
    expect(await t.store.recoveries.get(user.id, recovery.id)).toEqual({ ...recovery, assessmentId: null });
  });

  it('refuses an assessment of a user who does not exist', async () => {
    await expect(t.store.assessments.create('00000000-0000-4000-8000-000000000000', { case: sampleCase(), assessment: sampleAssessment() }))
      .rejects.toBeInstanceOf(NotFoundError);
  });
}, { clock: tickingClock() });
