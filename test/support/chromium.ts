/**
 * The Chromium that the browser tests and the Lighthouse bench drive: Debian's /usr/bin/chromium
 * (KSNAV_CHROMIUM names another), or, when that is missing, the Chromium shipped inside the npm
 * package @sparticuz/chromium (a headless shell for Linux x64), unpacked once into
 * node_modules/.cache. When neither runs, findChromium() throws one line saying what to install.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createBrotliDecompress } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';
export const SHIPPED_CHROMIUM_PACKAGE = '@sparticuz/chromium';
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
const CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/', import.meta.url));

export interface FoundChromium {
  executablePath: string;
  /** The environment to start it with (the shipped one finds its own NSS libraries and fonts here). */
  env: Record<string, string>;
  /** Where it came from, for a log line. */
  source: string;
}

export class ChromiumMissingError extends Error {}

export interface FindChromiumOptions {
  /** The system Chromium tried first: KSNAV_CHROMIUM, else /usr/bin/chromium. */
  systemPath?: string;
  /** The npm package's bin/ folder (its brotli files) and version; null as when it is not installed. */
  shipped?: ShippedChromium | null;
  /** Where the shipped one is unpacked. */
  cacheDir?: string;
}

function installHint(systemPath: string): string {
  return `install it: apt-get install -y chromium (or set KSNAV_CHROMIUM to a Chromium executable; ${systemPath} was tried)`;
}

export interface ShippedChromium { dir: string; version: string }

/** The bin/ folder of @sparticuz/chromium with its version, or null when it is not installed. */
export function shippedChromium(): ShippedChromium | null {
  try {
    const entry = createRequire(import.meta.url).resolve(SHIPPED_CHROMIUM_PACKAGE);
    // entry is <package>/build/cjs/index.cjs
    const root = join(dirname(entry), '..', '..');
    return { dir: join(root, 'bin'), version: (createRequire(import.meta.url)(join(root, 'package.json')) as { version: string }).version };
  } catch {
    return null;
  }
}

async function unpackTar(brotliTar: string, into: string): Promise<void> {
  // Decompressed to a file first: tar stops reading at the archive's end marker, which would cut a
  // stream piped into it short.
  const tarFile = join(into, '.unpacking.tar');
  await pipeline(createReadStream(brotliTar), createBrotliDecompress(), createWriteStream(tarFile));
  const tar = spawnSync('tar', ['-x', '-f', tarFile, '-C', into], { encoding: 'utf8' });
  await rm(tarFile, { force: true });
  if (tar.status !== 0) throw new Error(`tar failed on ${brotliTar}: ${(tar.error?.message ?? tar.stderr).trim()}`);
}

/**
 * Unpacks the shipped Chromium into cacheDir/ksnav-chromium-<version> unless it is there already:
 * into a fresh folder first, then renamed, so test files starting together never see half of it.
 */
async function unpackShipped(binDir: string, version: string, cacheDir: string): Promise<string> {
  const target = join(cacheDir, `ksnav-chromium-${version}`);
  if (existsSync(join(target, 'chromium'))) return target;
  await mkdir(cacheDir, { recursive: true });
  const work = await mkdtemp(join(cacheDir, 'ksnav-chromium-unpacking-'));
  try {
    await pipeline(createReadStream(join(binDir, 'chromium.br')), createBrotliDecompress(), createWriteStream(join(work, 'chromium')));
    await chmod(join(work, 'chromium'), 0o755);
    // NSS and expat (lib/), SwiftShader's GL beside the executable, and fonts with their fonts.conf.
    await unpackTar(join(binDir, 'al2023.tar.br'), work);
    await unpackTar(join(binDir, 'swiftshader.tar.br'), work);
    await mkdir(join(work, 'fontconfig'));
    await unpackTar(join(binDir, 'fonts.tar.br'), join(work, 'fontconfig'));
    // The package's fonts.conf names /tmp/fonts: this one names where they are (and the system's).
    await writeFile(join(work, 'fontconfig', 'fonts.conf'), [
      '<?xml version="1.0"?>', '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">', '<fontconfig>',
      '  <dir>/usr/share/fonts</dir>', `  <dir>${join(target, 'fontconfig', 'fonts')}</dir>`,
      `  <cachedir>${join(target, 'fontconfig', 'cache')}</cachedir>`, '</fontconfig>', '',
    ].join('\n'));
    await rename(work, target).catch(async (error: NodeJS.ErrnoException) => {
      // Another test file unpacked it first.
      if (!existsSync(join(target, 'chromium'))) throw error;
    });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return target;
}

function runsHere(executablePath: string, env: Record<string, string>): string | null {
  const probe = spawnSync(executablePath, ['--version'], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 20_000 });
  if (probe.error) return probe.error.message;
  if (probe.status !== 0) return (probe.stderr || probe.stdout || `exit status ${probe.status}`).trim().split('\n')[0] ?? '';
  return null;
}

export async function findChromium(options: FindChromiumOptions = {}): Promise<FoundChromium> {
  const systemPath = options.systemPath ?? (process.env.KSNAV_CHROMIUM || SYSTEM_CHROMIUM);
  if (existsSync(systemPath)) return { executablePath: systemPath, env: {}, source: systemPath };

  const shipped = options.shipped === undefined ? shippedChromium() : options.shipped;
  if (!shipped || !existsSync(join(shipped.dir, 'chromium.br'))) {
    throw new ChromiumMissingError(`No Chromium for the browser tests: ${systemPath} is missing and ${SHIPPED_CHROMIUM_PACKAGE} is not installed; ${installHint(systemPath)}`);
  }
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new ChromiumMissingError(`No Chromium for the browser tests: ${systemPath} is missing and ${SHIPPED_CHROMIUM_PACKAGE} ships one for Linux x64 only, not ${process.platform}-${process.arch}; ${installHint(systemPath)}`);
  }
  let dir: string;
  try {
    dir = await unpackShipped(shipped.dir, shipped.version, options.cacheDir ?? CACHE_DIR);
  } catch (error) {
    throw new ChromiumMissingError(`No Chromium for the browser tests: ${systemPath} is missing and ${SHIPPED_CHROMIUM_PACKAGE} could not be unpacked (${(error as Error).message}); ${installHint(systemPath)}`);
  }
  const env: Record<string, string> = {
    LD_LIBRARY_PATH: [join(dir, 'lib'), process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'),
    FONTCONFIG_PATH: join(dir, 'fontconfig'),
  };
  const executablePath = join(dir, 'chromium');
  const failure = runsHere(executablePath, env);
  if (failure !== null) {
    throw new ChromiumMissingError(`No Chromium for the browser tests: ${systemPath} is missing and the one from ${SHIPPED_CHROMIUM_PACKAGE} does not run here (${failure}); ${installHint(systemPath)}`);
  }
  return { executablePath, env, source: `${SHIPPED_CHROMIUM_PACKAGE} ${shipped.version} (${executablePath})` };
}

/** The Chromium found above, started headless through playwright-core. */
export async function launchChromium(): Promise<Browser> {
  const found = await findChromium();
  return chromium.launch({ executablePath: found.executablePath, args: CHROMIUM_ARGS, env: { ...process.env, ...found.env } });
}
