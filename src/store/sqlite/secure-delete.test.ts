/**
 * Deleted means deleted, on disk: after an account is erased (or one check-in deleted, or
 * replaced), the erased text is in none of the SQLite files (the database, its write-ahead log,
 * its shared-memory index) while the store is still open, nor after it closes.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkInBody, realisticCase } from '../../server/__fixtures__/test-app.js';
import { openTempStore, type TempStore } from '../../../test/support/databases.js';
import { assessValid } from '../../engine/assess.js';

async function filesHolding(dir: string, text: string): Promise<string[]> {
  const needle = Buffer.from(text, 'utf8');
  const found: string[] = [];
  for (const name of await readdir(dir)) {
    if ((await readFile(join(dir, name))).includes(needle)) found.push(name);
  }
  return found;
}

describe('secure deletion on SQLite', () => {
  let temp: TempStore | undefined;
  afterEach(async () => {
    await temp?.close();
    temp = undefined;
  });

  it('leaves no trace of an erased account in the database, the WAL or free pages', async () => {
    temp = await openTempStore('sqlite');
    const { store } = temp;
    const dir = temp.options.dataDir!;
    const marker = 'zebra-marker-7f3a9c';
    const kept = 'kept-marker-1b2d4e';
    const user = await store.users.create({ email: `${marker}@example.org`, passwordHash: 'h' });
    const other = await store.users.create({ email: 'other@example.org', passwordHash: 'h' });
    const c = { ...realisticCase(), id: marker };
    const assessment = await store.assessments.create(user.id, { case: c, assessment: assessValid(c) });
    const recovery = await store.recoveries.create(user.id, { onsetDate: '2025-01-01', title: `${marker} title`, assessmentId: assessment.id });
    for (let day = 2; day < 30; day++) {
      await store.checkIns.create(user.id, recovery.id, checkInBody(`2025-01-${String(day).padStart(2, '0')}`, { note: `${marker} day ${day}` }));
    }
    // A measure's free text: the activities named in the PSFS.
    await store.measureResults.create(user.id, recovery.id, { instrument: 'psfs', date: '2025-01-02', answers: { activities: [{ name: `${marker} stairs`, rating: 3 }] } });
    const otherRecovery = await store.recoveries.create(other.id, { onsetDate: '2025-01-01' });
    await store.checkIns.create(other.id, otherRecovery.id, checkInBody('2025-01-02', { note: kept }));
    expect(await filesHolding(dir, marker)).not.toEqual([]);

    await store.users.deleteWithAllData(user.id);
    expect(await filesHolding(dir, marker)).toEqual([]);
    // Only the erased person's data went.
    expect(await filesHolding(dir, kept)).toEqual(['ksnav.sqlite']);
    await temp.store.close();
    expect(await filesHolding(dir, marker)).toEqual([]);
  });

  it('leaves no trace of one deleted or replaced check-in', async () => {
    temp = await openTempStore('sqlite');
    const { store } = temp;
    const dir = temp.options.dataDir!;
    const user = await store.users.create({ email: 'one@example.org', passwordHash: 'h' });
    const recovery = await store.recoveries.create(user.id, { onsetDate: '2025-01-01' });
    const gone = await store.checkIns.create(user.id, recovery.id, checkInBody('2025-01-02', { note: 'deleted-note-5e6f' }));
    const changed = await store.checkIns.create(user.id, recovery.id, checkInBody('2025-01-03', { note: 'replaced-note-8a9b' }));
    await store.checkIns.delete(user.id, recovery.id, gone.id);
    await store.checkIns.update(user.id, recovery.id, changed.id, checkInBody('2025-01-03', { note: 'new words' }));
    expect(await filesHolding(dir, 'deleted-note-5e6f')).toEqual([]);
    expect(await filesHolding(dir, 'replaced-note-8a9b')).toEqual([]);
    expect(await filesHolding(dir, 'new words')).not.toEqual([]);
  });

  it('leaves no trace of one deleted measure result', async () => {
    temp = await openTempStore('sqlite');
    const { store } = temp;
    const dir = temp.options.dataDir!;
    const user = await store.users.create({ email: 'two@example.org', passwordHash: 'h' });
    const recovery = await store.recoveries.create(user.id, { onsetDate: '2025-01-01' });
    const gone = await store.measureResults.create(user.id, recovery.id, { instrument: 'psfs', date: '2025-01-02', answers: { activities: [{ name: 'gardening-3c4d', rating: 2 }] } });
    await store.measureResults.create(user.id, recovery.id, { instrument: 'psfs', date: '2025-01-09', answers: { activities: [{ name: 'kept activity', rating: 5 }] } });
    await store.measureResults.delete(user.id, recovery.id, gone.id);
    expect(await filesHolding(dir, 'gardening-3c4d')).toEqual([]);
    expect(await filesHolding(dir, 'kept activity')).not.toEqual([]);
  });
});
