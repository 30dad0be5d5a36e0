/**
 * Spawns the command line as a person would run it (a separate process, real pipes, real exit
 * status): bin/ksnav.js's twin over the TypeScript sources, so no build is needed.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const VIGNETTES = join(ROOT, 'test/vignettes');
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const ENTRY = join(ROOT, 'test/cli/ksnav-from-source.ts');

export interface RunResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  /** Written to standard input all at once, then closed. */
  readonly input?: string;
  readonly cwd?: string;
  readonly env?: Record<string, string>;
}

/** Starts `ksnav args` with piped stdio; the caller talks to it. */
export function startKsnav(args: readonly string[], options: Omit<RunOptions, 'input'> = {}): ChildProcessWithoutNullStreams {
  const env: Record<string, string | undefined> = { ...process.env, ...options.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  return spawn(process.execPath, ['--import', TSX, ENTRY, ...args], { cwd: options.cwd ?? ROOT, env: { ...env, ...options.env }, stdio: 'pipe' });
}

export function runKsnav(args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const child = startKsnav(args, options);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  child.stdin.end(options.input ?? '');
  return new Promise((resolvePromise, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolvePromise({ status, stdout, stderr }));
  });
}
