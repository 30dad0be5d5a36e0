/**
 * `npm run bench -- web-interview`: the interview in a real Chromium against the real server.
 *
 * 1. Per-answer latency on a 4x slowed CPU (DevTools CPU throttling): from the press that answers
 *    a screen to the next screen in the page, over whole interviews of three vignettes. The engine
 *    runs in the browser, so no answer waits for the network. Target: within one frame (16 ms).
 * 2. Bytes over the wire for a whole interview: the first visit's transfer as served now
 *    (brotli) and with compression refused (identity), and, for comparison, what asking the
 *    server once per screen (POST /api/v1/interview, as the app did before) would have cost for
 *    the same screens, plain and compressed.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { nextQuestions } from '../src/engine/interview.js';
import { applyAnswer } from '../src/engine/answers.js';
import { answerFrom, SCREEN_SIZE } from '../src/engine/interview-simulation.js';
import type { Case, PartialCase } from '../src/schemas/case.js';
import { launchChromium } from '../test/support/chromium.js';
import { runInterview, whenReady } from '../test/e2e/support/interview-driver.js';
import { startServer } from '../test/e2e/support/server.js';

const VIGNETTES = ['dev-01-acute-sciatica', 'dev-03-knee-oa', 'dev-15-self-care-knee'];
const vignette = (name: string) => JSON.parse(readFileSync(new URL(`../test/vignettes/${name}.json`, import.meta.url), 'utf8')) as Case;

const server = await startServer();
const browser = await launchChromium();

/** Records, in the page, when each new screen appears after the press that answered the last. */
const RECORDER = `(() => {
  const w = window;
  w.__lat = [];
  let pressedAt = null, last = null;
  document.addEventListener('pointerup', () => { pressedAt = performance.now(); }, true);
  document.addEventListener('keyup', (e) => { if (e.key === 'Enter') pressedAt = performance.now(); }, true);
  new MutationObserver(() => {
    const f = document.querySelector('form.question, section.done');
    const key = f ? (f.getAttribute('data-question-ids') || f.className) : null;
    if (key && key !== last) {
      last = key;
      if (pressedAt !== null) { const at = performance.now(); w.__lat.push(at - pressedAt); pressedAt = null; }
    }
  }).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-question-ids'] });
})()`;

async function latencies(name: string): Promise<number[]> {
  const context = await browser.newContext({ baseURL: server.url, viewport: { width: 390, height: 844 } });
  const page: Page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto('/interview');
  await page.waitForSelector('form.question');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.evaluate(RECORDER);
  await whenReady(page);
  await runInterview(page, vignette(name));
  const out = await page.evaluate<number[]>('window.__lat');
  await context.close();
  return out;
}

async function transfer(encoding: 'br' | 'identity'): Promise<number> {
  const context = await browser.newContext({ baseURL: server.url, viewport: { width: 390, height: 844 }, extraHTTPHeaders: encoding === 'identity' ? { 'accept-encoding': 'identity' } : {} });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => {
    bytes += e.encodedDataLength;
  });
  await page.goto('/interview');
  await page.waitForSelector('form.question');
  await runInterview(page, vignette(VIGNETTES[0]!));
  await context.close();
  return bytes;
}

/** What a round trip per screen would have cost for the same interview: request and reply bodies. */
async function perScreenApi(full: Case, encoding: 'br' | 'identity'): Promise<number> {
  let partial: PartialCase = {};
  const skipped: string[] = [];
  let bytes = 0;
  for (let i = 0; i < 100; i++) {
    const body = JSON.stringify({ case: partial, skipped, max: SCREEN_SIZE });
    const res = await fetch(`${server.url}/api/v1/interview`, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': encoding }, body });
    const reply = await res.arrayBuffer();
    // Node's fetch decodes the body: count what came over the wire from the header when compressed.
    bytes += body.length + Number(res.headers.get('content-length') ?? reply.byteLength);
    const step = nextQuestions(partial, { skipped, max: SCREEN_SIZE });
    if (step.done || step.questions.length === 0) break;
    for (const q of step.questions) {
      const a = answerFrom(full, q);
      if (a === null) skipped.push(q.id);
      else partial = applyAnswer(partial, q, a);
    }
  }
  return bytes;
}

try {
  const all: number[] = [];
  for (const name of VIGNETTES) {
    const l = await latencies(name);
    all.push(...l);
    console.log(`${name}: ${l.length} answers, median ${median(l).toFixed(1)} ms, max ${Math.max(...l).toFixed(1)} ms (4x slowed CPU)`);
  }
  const sorted = [...all].sort((a, b) => a - b);
  const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)]!;
  console.log(`\nPer-answer latency, 4x slowed CPU, ${all.length} answers: median ${median(all).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${sorted[sorted.length - 1]!.toFixed(1)} ms (target: one frame, 16 ms)`);

  const [br, identity] = [await transfer('br'), await transfer('identity')];
  const [apiPlain, apiBr] = [await perScreenApi(vignette(VIGNETTES[0]!), 'identity'), await perScreenApi(vignette(VIGNETTES[0]!), 'br')];
  console.log(`\nBytes for a whole interview (${VIGNETTES[0]}), first visit: ${kb(br)} compressed (brotli), ${kb(identity)} uncompressed: ${(identity / br).toFixed(1)}x smaller.`);
  console.log(`The same screens asked of the server one round trip each (the old way): ${kb(apiPlain)} uncompressed, ${kb(apiBr)} compressed; now none after the first load.`);
  process.exitCode = median(all) <= 16 ? 0 : 1;
} finally {
  await browser.close();
  await server.close();
}

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s[Math.floor((s.length - 1) / 2)]!;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
