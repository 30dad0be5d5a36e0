/**
 * The browser tests run against the built web app. `npm test` builds it first; when web/dist is
 * missing or older than any web source (a direct `npx vitest run test/e2e`), it is built here,
 * once, under a lock so test files starting in parallel do not build over each other.
 */
import { mkdir, readdir, rmdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const WEB_DIR = fileURLToPath(new URL('../../../web/', import.meta.url));
export const WEB_DIST = join(WEB_DIR, 'dist');
const LOCK = join(tmpdir(), 'ksnav-web-build.lock');

async function newestSource(path: string): Promise<number> {
  const info = await stat(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = 0;
  for (const entry of await readdir(path)) {
    if (entry === 'dist' || entry === 'node_modules') continue;
    newest = Math.max(newest, await newestSource(join(path, entry)));
  }
  return newest;
}

async function isFresh(): Promise<boolean> {
  try {
    const built = (await stat(join(WEB_DIST, 'index.html'))).mtimeMs;
    return built >= (await newestSource(WEB_DIR));
  } catch {
    return false;
  }
}

async function withLock<T>(work: () => Promise<T>): Promise<T> {
  for (let waited = 0; ; waited += 200) {
    try {
      await mkdir(LOCK);
      break;
    } catch {
      // Another test file is building; a lock older than two minutes was left by a crash.
      const age = Date.now() - (await stat(LOCK).then((s) => s.mtimeMs, () => Date.now()));
      if (age > 120_000) await rmdir(LOCK).catch(() => {});
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    return await work();
  } finally {
    await rmdir(LOCK).catch(() => {});
  }
}

export async function ensureWebBuilt(): Promise<void> {
  if (await isFresh()) return;
  await withLock(async () => {
    if (await isFresh()) return;
    const { build } = await import('vite');
    await build({ configFile: join(WEB_DIR, 'vite.config.ts'), logLevel: 'warn' });
  });
}
