/**
 * `ksnav score` in-process: a readable result with ranges and the attribution, one JSON line with
 * --json, a refusal naming the item (exit 2) for answers that cannot be scored, a usage error
 * (exit 1) for an instrument it does not know.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { MEASURES } from '../knowledge/measures/index.js';
import { scoreMeasure } from '../measures/score.js';
import type { CliIo } from './io.js';
import { main } from './main.js';

const temp = mkdtempSync(join(tmpdir(), 'ksnav-score-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function file(name: string, content: unknown): string {
  const path = join(temp, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

async function ksnav(args: string[], input = '') {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdin: Readable.from([input]),
    stdout: { write: (s: string) => (stdout += s), isTTY: false, columns: 100 },
    stderr: { write: (s: string) => (stderr += s) },
    env: {},
    cwd: temp,
  };
  const status = await main(['node', 'ksnav', ...args], io);
  return { status, stdout, stderr };
}

const SB = { q1: 'agree', q2: 'agree', q3: 'disagree', q4: 'agree', q5: 'agree', q6: 'agree', q7: 'disagree', q8: 'agree', q9: 'extremely' };

describe('ksnav score', () => {
  it('prints the STarT Back risk group, each score with its range, and Keele\'s attribution', async () => {
    const r = await ksnav(['score', 'start-back', file('sb.json', SB)]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Keele STarT Back Screening Tool\nRisk group: High risk\n');
    expect(r.stdout).toContain('Overall score: 7 (0-9, lower is better)');
    expect(r.stdout).toContain('Distress (psychosocial) subscore, items 5-9: 4 (0-5, lower is better)');
    expect(r.stdout.replace(/\s+/g, ' ')).toContain(MEASURES['start-back'].licence.attribution);
  });

  it('prints the result as one JSON line with --json, from a file or standard input', async () => {
    const answers = { activities: [{ name: 'Stairs', rating: 4 }, { name: 'Gardening', rating: 7 }] };
    const r = await ksnav(['score', 'psfs', '--json', file('psfs.json', answers)]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${JSON.stringify(scoreMeasure('psfs', answers))}\n`);
    const stdin = await ksnav(['score', 'roland-morris', '-', '--json'], '{"ticked": [1, 2, 3]}');
    expect(JSON.parse(stdin.stdout)).toMatchObject({ instrument: 'roland-morris', scores: [{ value: 3 }] });
  });

  it('shows the change that matters for an outcome measure', async () => {
    const r = await ksnav(['score', 'nprs', file('pain.json', { knee: 6, back: 2 })]);
    expect(r.stdout).toContain('Knee pain, 0-10: 6 (0-10, lower is better)');
    expect(r.stdout).toContain('2 points (or 30% of where you started)');
  });

  it('refuses answers that cannot be scored, naming the item, with status 2 (and a JSON line with --json)', async () => {
    const { q4: _q4, ...missing } = SB;
    const r = await ksnav(['score', 'start-back', file('missing.json', missing)]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^ksnav: could not score start-back: q4: is not answered/);
    const json = await ksnav(['score', 'nprs', '--json', file('high.json', { knee: 11 })]);
    expect(json.status).toBe(2);
    expect(JSON.parse(json.stdout)).toEqual({ instrument: 'nprs', error: expect.stringContaining('knee: must be a whole number'), field: 'knee' });
  });

  it('refuses a missing file and a file that is not JSON with status 2', async () => {
    expect((await ksnav(['score', 'nprs', 'nowhere.json'])).stderr).toContain('nowhere.json: cannot be read (no such file)');
    const bad = await ksnav(['score', 'nprs', file('bad.json', '{"knee": ')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('is not JSON');
  });

  it('is a usage error (status 1) for an instrument it does not know, listing the ones it does', async () => {
    const r = await ksnav(['score', 'koos-12', 'x.json']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('must be one of start-back, roland-morris, psfs, nprs');
    expect((await ksnav(['score', 'nprs'])).status).toBe(1);
  });
});
