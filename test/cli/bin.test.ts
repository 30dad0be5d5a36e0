/**
 * bin/ksnav.js itself: the clear message when dist/ has not been built, and, over a stand-in
 * dist/cli/main.js that re-exports the sources, that it passes the arguments and exit status on.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, VIGNETTES } from './run-ksnav.js';

const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const temp = mkdtempSync(join(tmpdir(), 'ksnav-bin-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function installBin(folder: string): string {
  mkdirSync(join(folder, 'bin'), { recursive: true });
  // As in the package: an ES module package.
  writeFileSync(join(folder, 'package.json'), JSON.stringify({ type: 'module' }));
  copyFileSync(join(ROOT, 'bin/ksnav.js'), join(folder, 'bin/ksnav.js'));
  return join(folder, 'bin/ksnav.js');
}

describe('bin/ksnav.js', () => {
  it('says to run npm run build, and exits 1, when dist is missing', () => {
    const bin = installBin(join(temp, 'unbuilt'));
    const run = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('npm run build');
    expect(run.stderr).toContain(join('dist', 'cli', 'main.js'));
  });

  it('runs dist/cli/main.js with the arguments given and exits with its status', () => {
    const folder = join(temp, 'built');
    const bin = installBin(folder);
    mkdirSync(join(folder, 'dist/cli'), { recursive: true });
    writeFileSync(join(folder, 'dist/cli/main.js'), `export { main } from ${JSON.stringify(pathToFileURL(join(ROOT, 'src/cli/main.ts')).href)};\n`);
    const node = (args: string[], input = '') => spawnSync(process.execPath, ['--import', TSX, bin, ...args], { encoding: 'utf8', input, cwd: ROOT });

    const version = node(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toBe((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);

    const ok = node(['assess', '--json', join(VIGNETTES, 'dev-03-knee-oa.json')]);
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).id).toBe('dev-03-knee-oa');

    const refused = node(['assess', '--json'], '{"id": "x", "age": -1}');
    expect(refused.status).toBe(2);
    expect(JSON.parse(refused.stdout)).toMatchObject({ id: 'x', error: expect.stringMatching(/^age/) });
  });
});
