import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIo } from './io.js';
import { main, packageVersion } from './main.js';
import { stripColour } from './style.js';

const ROOT = resolve(import.meta.dirname, '../..');
const temp = mkdtempSync(join(tmpdir(), 'ksnav-main-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

async function ksnav(args: string[], input = '', tty = false) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdin: Readable.from([input]),
    stdout: { write: (s: string) => (stdout += s), isTTY: tty, columns: 100 },
    stderr: { write: (s: string) => (stderr += s) },
    env: {},
    cwd: ROOT,
  };
  const status = await main(['node', 'ksnav', ...args], io);
  return { status, stdout, stderr };
}

describe('ksnav', () => {
  it('--help lists the commands; --version prints the package version', async () => {
    const help = await ksnav(['--help']);
    expect(help.status).toBe(0);
    for (const command of ['assess', 'interview', 'vignettes']) expect(help.stdout).toContain(command);
    const version = await ksnav(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toBe(packageVersion());
    expect(packageVersion()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('explains unknown commands and options with status 1, and shows help without a command', async () => {
    const unknown = await ksnav(['asess']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain("unknown command 'asess'");
    expect(unknown.stderr).toContain('assess');
    const option = await ksnav(['assess', '--jsn']);
    expect(option.status).toBe(1);
    expect(option.stderr).toContain("unknown option '--jsn'");
    const width = await ksnav(['assess', '--width', 'wide']);
    expect(width.status).toBe(1);
    expect(width.stderr).toContain('whole number of columns');
    const none = await ksnav([]);
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('Usage: ksnav');
  });

  it('colours the readable summary only at a terminal without NO_COLOR, and never by colour alone', async () => {
    const input = '{"age": 40, "evidence": {"leg_cold_pale": true}}';
    const tty = await ksnav(['assess'], input, true);
    expect(tty.stdout).toContain('\x1b[');
    expect(tty.stdout).toContain('EMERGENCY - CALL AN AMBULANCE');
    const piped = await ksnav(['assess'], input, false);
    expect(piped.stdout).not.toContain('\x1b[');
    expect(piped.stdout).toContain('EMERGENCY - CALL AN AMBULANCE');
    const noColour = await ksnav(['assess', '--no-color'], input, true);
    expect(noColour.stdout).not.toContain('\x1b[');
    // A terminal's width is used when it is one: lines up to 100 columns here.
    expect(Math.max(...stripColour(tty.stdout).split('\n').map((l) => l.length))).toBeGreaterThan(80);
  });
});

describe('ksnav vignettes', () => {
  it('scores the development vignettes: every case safe, exit 0, the key figures last', async () => {
    const run = await ksnav(['vignettes', 'test/vignettes']);
    expect(run.status).toBe(0);
    const last = run.stdout.trimEnd().split('\n').slice(-3);
    expect(last[0]).toMatch(/^triage: correct \d+\/36 \(\d+\.\d%\), safe 36\/36 \(100\.0%\), under-triaged 0$/);
    expect(last[1]).toMatch(/^emergency sensitivity (\d+)\/\1 \(100\.0%\), red-flag recall/);
    expect(last[2]).toBe('PASS: 36 vignettes, every one safe, no emergency missed');
    const json = await ksnav(['vignettes', 'test/vignettes', '--json']);
    const scores = JSON.parse(json.stdout) as { passed: boolean; cases: number; measures: Record<string, { n: number; of: number }> };
    expect(scores).toMatchObject({ passed: true, cases: 36 });
    expect(scores.measures.safe).toEqual({ n: 36, of: 36 });
  });

  it('fails (exit 1) and lists the miss when a case is under-triaged or a file is broken', async () => {
    const dir = join(temp, 'unsafe');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(dir);
    // A mild, improving knee ache judged an emergency by this (deliberately wrong) vignette.
    writeFileSync(join(dir, 'a-mild.json'), JSON.stringify({ age: 30, durationDays: 2, course: 'improving', pain: { knee: 2 }, evidence: { knee_pain: true }, expected: { triage: 'emergency', acceptable: ['emergency'] } }));
    writeFileSync(join(dir, 'b-broken.json'), '{"age": 30,');
    const run = await ksnav(['vignettes', dir]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/a-mild\.json\s+safe triage: expected at least emergency; got self_care/);
    expect(run.stdout).toContain('UNREADABLE b-broken.json');
    expect(run.stdout.trimEnd().split('\n').at(-1)).toMatch(/^FAIL: 1 under-triaged, 1 emergencies missed, 1 unreadable/);
  });

  it('exits 1 for a folder that does not exist or holds no vignettes', async () => {
    const missing = await ksnav(['vignettes', join(temp, 'nope')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('cannot read the folder');
    const dir = join(temp, 'empty');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(dir);
    const empty = await ksnav(['vignettes', dir]);
    expect(empty.status).toBe(1);
    expect(empty.stderr).toContain('no *.json vignettes');
  });
});
