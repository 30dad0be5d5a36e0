/**
 * The browsable API docs work in a real browser under the app's Content Security Policy: the
 * page renders the operations, the browser reports no policy violation, and nothing is fetched
 * from another host.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { buildApp } from '../../src/server/app.js';
import { testAppOptions } from '../../src/server/__fixtures__/test-app.js';
import { launchChromium } from '../support/chromium.js';
import { openTempStore, type TempStore } from '../support/databases.js';

describe('API docs in a browser', () => {
  let temp: TempStore;
  let app: FastifyInstance;
  let url: string;
  let browser: Browser;
  beforeAll(async () => {
    temp = await openTempStore('sqlite');
    app = await buildApp(testAppOptions(temp.store));
    url = await app.listen({ host: '127.0.0.1', port: 0 });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await temp?.close();
  });

  it('renders every operation with no CSP violation and no outside request', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    const outside: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    page.on('pageerror', (e) => violations.push(`page error: ${e.message}`));
    page.on('request', (r) => {
      const target = new URL(r.url());
      if (!['data:', 'blob:'].includes(target.protocol) && target.origin !== new URL(url).origin) outside.push(r.url());
    });
    await page.goto(`${url}/docs/`);
    await page.waitForSelector('.opblock', { timeout: 20_000 });
    expect(await page.locator('.opblock').count()).toBeGreaterThanOrEqual(27);
    expect(await page.locator('.info .title').textContent()).toContain('Navigator');
    expect(violations).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });
});
