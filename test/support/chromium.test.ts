import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
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

  it.runIf(process.platform === 'linux' && process.arch === 'x64')('throws one line saying what to install when the shipped one does not run here', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'ksnav-chromium-test-'));
    try {
      // A package whose "Chromium" exits with an error, and empty archives beside it.
      const bin = join(folder, 'bin');
      await mkdir(bin);
      await writeFile(join(bin, 'chromium.br'), brotliCompressSync('#!/bin/sh\necho "cannot open shared object" >&2\nexit 127\n'));
      execFileSync('tar', ['-cf', join(folder, 'empty.tar'), '-T', '/dev/null']);
      for (const name of ['al2023', 'swiftshader', 'fonts']) await writeFile(join(bin, `${name}.tar.br`), brotliCompressSync(await readFile(join(folder, 'empty.tar'))));
      const attempt = findChromium({ systemPath: MISSING, shipped: { dir: bin, version: '0.0.0' }, cacheDir: join(folder, 'cache') });
      const message = await attempt.then(() => 'found', (error: Error) => error.message);
      expect(message).toMatch(/does not run here \(cannot open shared object\)/);
      expect(message).toContain('apt-get install -y chromium');
      expect(message).not.toContain('\n');
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('with neither, throws one line saying what to install', async () => {
    const attempt = findChromium({ systemPath: MISSING, shipped: null });
    await expect(attempt).rejects.toBeInstanceOf(ChromiumMissingError);
    const message = await attempt.catch((error: Error) => error.message);
    expect(message).toContain(`${MISSING} is missing`);
    expect(message).toContain('apt-get install -y chromium');
    expect(message).not.toContain('\n');
  });
});
