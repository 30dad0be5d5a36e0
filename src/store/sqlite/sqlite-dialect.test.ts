import { spawn } from 'node:child_process';
import { chmodSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { tempSqliteDir } from '../../../test/support/databases.js';
import { openStore } from '../open-store.js';
import { createSqliteKysely, SQLITE_BUSY_TIMEOUT_MS, sqliteFilePath } from './sqlite-dialect.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});
async function tempDir(): Promise<string> {
  const folder = await tempSqliteDir();
  cleanups.push(folder.cleanup);
  return folder.dir;
}

describe('SQLite connection', () => {
  it('creates the data folder and ksnav.sqlite inside it', async () => {
    const dataDir = join(await tempDir(), 'nested', 'data');
    const store = await openStore({ dataDir });
    await store.close();
    expect(sqliteFilePath(dataDir)).toBe(join(dataDir, 'ksnav.sqlite'));
    expect(existsSync(join(dataDir, 'ksnav.sqlite'))).toBe(true);
  });

  it('keeps the folder it creates (0700) and the database files (0600) to its own user', async () => {
    const dataDir = join(await tempDir(), 'private', 'data');
    const store = await openStore({ dataDir });
    await store.users.create({ email: 'modes@example.org', passwordHash: 'h' });
    const mode = (path: string) => (statSync(path).mode & 0o777).toString(8);
    const file = sqliteFilePath(dataDir);
    expect(existsSync(`${file}-wal`) && existsSync(`${file}-shm`)).toBe(true);
    expect({ dir: mode(dataDir), db: mode(file), wal: mode(`${file}-wal`), shm: mode(`${file}-shm`) }).toEqual({ dir: '700', db: '600', wal: '600', shm: '600' });
    await store.close();

    // A file an older version left world-readable is tightened when opened.
    chmodSync(file, 0o644);
    const again = await openStore({ dataDir });
    await again.users.create({ email: 'again@example.org', passwordHash: 'h' });
    expect({ db: mode(file), wal: mode(`${file}-wal`) }).toEqual({ db: '600', wal: '600' });
    await again.close();
  });

  it('sets WAL, foreign keys, synchronous=FULL and the busy timeout on the connection the store uses', async () => {
    const db = createSqliteKysely(await tempDir());
    try {
      const pragma = async (name: string) => Object.values((await sql.raw<Record<string, unknown>>(`pragma ${name}`).execute(db)).rows[0] ?? {})[0];
      expect(await pragma('journal_mode')).toBe('wal');
      expect(await pragma('foreign_keys')).toBe(1);
      expect(await pragma('synchronous')).toBe(2);
      expect(await pragma('busy_timeout')).toBe(SQLITE_BUSY_TIMEOUT_MS);
    } finally {
      await db.destroy();
    }
  });

  it('leaves the file in WAL mode for any later connection', async () => {
    const dataDir = await tempDir();
    const store = await openStore({ dataDir });
    await store.close();
    const raw = new BetterSqlite3(sqliteFilePath(dataDir), { readonly: true });
    try {
      expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      raw.close();
    }
  });

  it('close() is idempotent and a closed store refuses queries', async () => {
    const store = await openStore({ dataDir: await tempDir() });
    await store.ping();
    await store.close();
    await store.close();
    await expect(store.ping()).rejects.toThrow();
  });

  it('an acknowledged write survives the process being killed with SIGKILL', async () => {
    const dataDir = await tempDir();
    const fixture = fileURLToPath(new URL('./__fixtures__/write-then-hang.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', fixture, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    const written = await new Promise<{ userId: string; recoveryId: string; hit: number }>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('\n')) resolve(JSON.parse(out.slice(0, out.indexOf('\n'))));
      });
      child.on('exit', () => reject(new Error(`the writer exited before reporting: ${stderr}`)));
    });
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const store = await openStore({ dataDir });
    try {
      expect(await store.users.findById(written.userId)).toBeDefined();
      expect(await store.recoveries.get(written.userId, written.recoveryId)).toBeDefined();
      expect(await store.rateLimits.hit('killed', '2025-01-01T00:00:00.000Z')).toBe(written.hit + 1);
    } finally {
      await store.close();
    }
  });
});
