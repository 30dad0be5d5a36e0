import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, ChromiumMissingError, findChromium } from './chromium.js';

const MISSING = '/nonexistent/ksnav/chromium';

describe('findChromium', () => {
  it('takes the system Chromium when its file is there', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'ksnav-chromium-test-'));
    try {
      const path = join(folder, 'chromium');
      await writeFile(path, '');
      expect(await findChromium({ systemPath: path })).toEqual({ executablePath: path, env: {}, source: path });
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it.runIf(process.platform === 'linux' && process.arch === 'x64')('without the system one, unpacks the npm-shipped Chromium and it renders a page', async () => {
    const found = await findChromium({ systemPath: MISSING });
    expect(found.source).toMatch(/^@sparticuz\/chromium \d+\.\d+\.\d+ \(/);
    expect(found.executablePath).toMatch(/node_modules\/\.cache\/ksnav-chromium-[^/]+\/chromium$/);
    const browser = await chromium.launch({ executablePath: found.executablePath, args: CHROMIUM_ARGS, env: { ...process.env, ...found.env } });
    try {
      const page = await browser.newPage();
      await page.setContent('<main><h1>Knee</h1><p id="sum"></p><script>document.getElementById("sum").textContent = String(2 + 3)</script></main>');
      expect(await page.locator('h1').textContent()).toBe('Knee');
      expect(await page.locator('#sum').textContent()).toBe('5');
    } finally {
      await browser.close();
    }
  });

  it('with neither, throws one line saying what to install', async () => {
    const attempt = findChromium({ systemPath: MISSING, shippedBinDir: null });
    await expect(attempt).rejects.toBeInstanceOf(ChromiumMissingError);
    const message = await attempt.catch((error: Error) => error.message);
    expect(message).toContain(`${MISSING} is missing`);
    expect(message).toContain('apt-get install -y chromium');
    expect(message).not.toContain('\n');
  });
});
