/**
 * Lighthouse (mobile: Moto G Power emulation, simulated slow 4G and 4x CPU throttling, the
 * defaults) on the start, interview and results pages of the real server over a temporary
 * SQLite folder, and the first visit's JavaScript against its 100 KB gzip budget.
 *
 * The results page is a saved assessment (`/results/:id`, a URL the app supports), opened with
 * the session cookie of the person who saved it: a fresh Lighthouse tab has no sessionStorage.
 * Each page runs three times and the median score counts, so one noisy run (the machine is
 * shared) does not decide. Exit status 1 when a target is missed.
 *
 *   npm run bench -- lighthouse        (builds first)
 *   npx tsx bench/lighthouse.bench.ts  (needs web/dist: npm run build:web)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import { buildApp } from '../src/server/app.js';
import { openStore } from '../src/store/open-store.js';
import { CHROMIUM_ARGS, findChromium } from '../test/support/chromium.js';

const WEB_DIST = fileURLToPath(new URL('../web/dist/', import.meta.url));
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const TARGETS = { performance: 95, accessibility: 100, jsBudgetBytes: 100 * 1024 };

interface PageRun {
  performance: number;
  accessibility: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  scripts: string[];
}

async function startChromium(): Promise<{ port: number; stop(): Promise<void> }> {
  const found = await findChromium();
  const profile = await mkdtemp(join(tmpdir(), 'ksnav-lighthouse-chromium-'));
  const chrome: ChildProcess = spawn(found.executablePath, [...CHROMIUM_ARGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, ...found.env },
  });
  const port = await new Promise<number>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`chromium did not start: ${seen}`)), 20_000);
    chrome.stderr!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    chrome.once('exit', (code) => reject(new Error(`chromium exited (${code}): ${seen}`)));
  });
  return {
    port,
    stop: async () => {
      const exited = new Promise((resolve) => chrome.once('exit', resolve));
      chrome.kill('SIGTERM');
      await exited;
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Lighthouse asks to be run again when a trace fails to record (NO_NAVSTART and the like): a run is tried up to three times. */
async function audit(url: string, port: number, headers: Record<string, string>): Promise<PageRun> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await auditOnce(url, port, headers);
    } catch (error) {
      if (attempt >= 3 || !(error instanceof LighthouseRuntimeError)) throw error;
      console.error(`${url}: ${error.message}; running Lighthouse again (attempt ${attempt + 1} of 3)`);
    }
  }
}

class LighthouseRuntimeError extends Error {}

async function auditOnce(url: string, port: number, headers: Record<string, string>): Promise<PageRun> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility'],
    formFactor: 'mobile',
    extraHeaders: headers,
  });
  if (!result) throw new Error(`no Lighthouse result for ${url}`);
  const lhr = result.lhr;
  if (lhr.runtimeError) throw new LighthouseRuntimeError(`${url}: ${lhr.runtimeError.message}`);
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const requests = (lhr.audits['network-requests']?.details as { items?: { url: string; resourceType?: string }[] } | undefined)?.items ?? [];
  return {
    performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
    fcp: numeric('first-contentful-paint'),
    lcp: numeric('largest-contentful-paint'),
    tbt: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    scripts: requests.filter((r) => r.resourceType === 'Script').map((r) => new URL(r.url).pathname),
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The gzip size of each script the page loaded, from the built files (level 9, as a CDN would). */
async function gzipSizes(paths: string[]): Promise<{ path: string; raw: number; gzip: number }[]> {
  const unique = [...new Set(paths)];
  return Promise.all(
    unique.map(async (path) => {
      const bytes = await readFile(join(WEB_DIST, path));
      return { path, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    }),
  );
}

async function savedResultsFor(base: string): Promise<{ path: string; cookie: string }> {
  // Registration answers 202 whether or not the email had an account (it reveals none); then sign in.
  const account = JSON.stringify({ email: 'lighthouse@example.com', password: 'a long enough passphrase' });
  const register = await fetch(`${base}/api/v1/auth/register`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: account });
  if (register.status !== 202) throw new Error(`register: ${register.status} ${await register.text()}`);
  const login = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: account });
  if (login.status !== 200) throw new Error(`sign in: ${login.status} ${await login.text()}`);
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const sciatica = {
    age: 38, sex: 'male', durationDays: 10, course: 'stable', pain: { back: 5, leg: 7 },
    evidence: { saddle_numbness: false, bladder_change: false, bowel_change: false, both_legs_numb_or_weak: false, low_back_pain: true, leg_pain_below_knee: true, leg_pain_worse_than_back: true, pain_worse_cough_sneeze: true, numbness_tingling: true, fever: false },
  };
  const saved = await fetch(`${base}/api/v1/assessments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
    body: JSON.stringify(sciatica),
  });
  const body = (await saved.json()) as { saved: { id: string } | null };
  if (!body.saved) throw new Error('the assessment was not saved');
  return { path: `/results/${body.saved.id}`, cookie };
}

async function main(): Promise<void> {
  if (!existsSync(join(WEB_DIST, 'index.html'))) throw new Error('web/dist is missing: run `npm run build:web` (npm run bench builds it)');

  const dataDir = await mkdtemp(join(tmpdir(), 'ksnav-lighthouse-data-'));
  const store = await openStore({ dataDir });
  const app = await buildApp({ store, logger: false, webRoot: WEB_DIST, scryptCost: 2 ** 10 });
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  const chrome = await startChromium();
  let failed = false;
  try {
    const results = await savedResultsFor(base);
    const pages: { name: string; path: string; headers: Record<string, string> }[] = [
      { name: 'start', path: '/', headers: {} },
      { name: 'interview', path: '/interview', headers: {} },
      { name: 'results', path: results.path, headers: { Cookie: results.cookie } },
    ];
    console.log(`Lighthouse ${RUNS}x per page, mobile, simulated throttling, against ${base}\n`);
    console.log('page       perf  a11y   FCP ms   LCP ms  TBT ms    CLS   (median of runs; perf runs)');
    let startScripts: string[] = [];
    for (const page of pages) {
      const runs: PageRun[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await audit(base + page.path, chrome.port, page.headers));
      const perf = median(runs.map((r) => r.performance));
      const a11y = median(runs.map((r) => r.accessibility));
      if (page.name === 'start') startScripts = runs[0]!.scripts;
      const ok = perf >= TARGETS.performance && a11y >= TARGETS.accessibility;
      failed ||= !ok;
      console.log(
        `${page.name.padEnd(10)} ${String(perf).padStart(4)}  ${String(a11y).padStart(4)}  ${median(runs.map((r) => r.fcp)).toFixed(0).padStart(7)}  ${median(runs.map((r) => r.lcp)).toFixed(0).padStart(7)}  ${median(runs.map((r) => r.tbt)).toFixed(0).padStart(6)}  ${median(runs.map((r) => r.cls)).toFixed(3).padStart(5)}   (${runs.map((r) => r.performance).join(', ')}) ${ok ? 'ok' : `MISSED (targets: performance >= ${TARGETS.performance}, accessibility ${TARGETS.accessibility})`}`,
      );
    }

    const sizes = await gzipSizes(startScripts);
    const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
    console.log('\nJavaScript loaded by the start page (first visit):');
    for (const s of sizes) console.log(`  ${s.path}  ${(s.raw / 1024).toFixed(1)} KB raw, ${(s.gzip / 1024).toFixed(1)} KB gzip`);
    const withinBudget = sizes.length > 0 && total <= TARGETS.jsBudgetBytes;
    failed ||= !withinBudget;
    console.log(`  total ${(total / 1024).toFixed(1)} KB gzip of a ${TARGETS.jsBudgetBytes / 1024} KB budget: ${withinBudget ? 'ok' : 'OVER BUDGET'} (${((100 * total) / TARGETS.jsBudgetBytes).toFixed(0)}%)`);
  } finally {
    await chrome.stop();
    await app.close();
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  }
  if (failed) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
