/**
 * `ksnav assess` as the contract specifies it, run as a separate process on the development
 * vignettes: one compact JSON line per case in the order given, ids echoed, levels acceptable;
 * standard input with one or several cases; refusals on their own line with exit status 2.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VIGNETTES, runKsnav } from './run-ksnav.js';

interface VignetteFile {
  readonly id: string;
  readonly expected: { readonly acceptable: readonly string[]; readonly triage: string };
}

const files = readdirSync(VIGNETTES).filter((f) => f.endsWith('.json')).sort();
const vignette = (f: string) => JSON.parse(readFileSync(join(VIGNETTES, f), 'utf8')) as VignetteFile;
const lines = (stdout: string) => stdout.split('\n').filter((l) => l.length > 0).map((l) => JSON.parse(l) as Record<string, unknown>);

describe('ksnav assess --json', () => {
  it('answers every development vignette: one line each, in the order given, ids echoed, levels acceptable', async () => {
    // Reversed, so the order is the order given and not the folder's.
    const order = [...files].reverse();
    const run = await runKsnav(['assess', '--json', ...order.map((f) => join(VIGNETTES, f))]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.endsWith('\n')).toBe(true);
    const out = lines(run.stdout);
    expect(out).toHaveLength(order.length);
    out.forEach((a, i) => {
      const v = vignette(order[i]!);
      expect(a.id).toBe(v.id);
      const level = (a.triage as { level: string }).level;
      expect(v.expected.acceptable, `${v.id} got ${level}`).toContain(level);
    });
    // Compact: nothing but the JSON lines.
    expect(run.stdout.split('\n').every((l) => l === '' || (l.startsWith('{') && !l.includes('\n')))).toBe(true);
  });

  it('reads one pretty-printed case from standard input', async () => {
    const text = readFileSync(join(VIGNETTES, files[0]!), 'utf8');
    const run = await runKsnav(['assess', '--json'], { input: text });
    expect(run.status).toBe(0);
    const out = lines(run.stdout);
    expect(out).toHaveLength(1);
    expect(out[0]!.id).toBe(vignette(files[0]!).id);
  });

  it('reads several cases from standard input, one JSON object a line, in order', async () => {
    const chosen = files.slice(0, 5);
    const input = chosen.map((f) => JSON.stringify(vignette(f))).join('\n') + '\n';
    const run = await runKsnav(['assess', '--json'], { input });
    expect(run.status).toBe(0);
    expect(lines(run.stdout).map((a) => a.id)).toEqual(chosen.map((f) => vignette(f).id));
  });

  it('refuses a malformed case on its own line naming the field, still prints the others, and exits 2', async () => {
    const good = [vignette(files[0]!), vignette(files[1]!)];
    const bad = { id: 'too-old', age: 150, evidence: { knee_pain: true } };
    const unknownId = { id: 'unknown-evidence', age: 40, evidence: { not_an_id: true } };
    const input = [good[0], bad, unknownId, good[1]].map((c) => JSON.stringify(c)).join('\n');
    const run = await runKsnav(['assess', '--json'], { input });
    expect(run.status).toBe(2);
    const out = lines(run.stdout);
    expect(out.map((a) => a.id)).toEqual([good[0]!.id, 'too-old', 'unknown-evidence', good[1]!.id]);
    expect(out[0]!.triage).toBeDefined();
    expect(out[3]!.triage).toBeDefined();
    expect(out[1]!.error).toMatch(/^age\b/);
    expect(out[1]!.triage).toBeUndefined();
    expect(out[2]!.error).toContain('evidence.not_an_id');
    expect(run.stderr).toContain('too-old');
  });

  it('refuses an unreadable file and a file of bad JSON by file name, and exits 2', async () => {
    const broken = join(VIGNETTES, '..', 'fixtures', 'GUIDELINES.md');
    const run = await runKsnav(['assess', '--json', join(VIGNETTES, files[0]!), 'no-such-case.json', broken]);
    expect(run.status).toBe(2);
    const out = lines(run.stdout);
    expect(out).toHaveLength(3);
    expect(out[0]!.id).toBe(vignette(files[0]!).id);
    expect(out[1]).toEqual({ id: 'no-such-case.json', error: expect.stringContaining('no-such-case.json') });
    expect(out[2]!.id).toBe(broken);
    expect(out[2]!.error).toMatch(/not valid JSON/);
  });

  it('refuses a case without an id under its file name, and a bad line of standard input by its line', async () => {
    const run = await runKsnav(['assess', '--json'], { input: '{"age": 30}\n{"age": "thirty"}\n{not json\n{"age": 31}\n' });
    expect(run.status).toBe(2);
    const out = lines(run.stdout);
    expect(out).toHaveLength(4);
    expect(out[0]!.triage).toBeDefined();
    expect(out[1]).toMatchObject({ id: 'stdin:2', error: expect.stringMatching(/^age\b/) });
    expect(out[2]).toMatchObject({ id: 'stdin:3', error: expect.stringContaining('not valid JSON') });
    expect(out[3]!.triage).toBeDefined();
  });
});

describe('ksnav assess (readable)', () => {
  it('prints the triage card first and ends with the not-a-diagnosis notice, plain text within 80 columns', async () => {
    const v = vignette('dev-02-cauda-equina.json');
    const run = await runKsnav(['assess', join(VIGNETTES, 'dev-02-cauda-equina.json')]);
    expect(run.status).toBe(0);
    const text = run.stdout;
    expect(text).not.toContain('\x1b[');
    const head = text.split('\n').slice(0, 4).join('\n');
    expect(head).toContain('EMERGENCY');
    expect(head).toContain('Go to an emergency department now');
    expect(text).toContain(`Case ${v.id}`);
    expect(text).toContain('Possible cauda equina syndrome');
    expect(text).toContain('This is not a diagnosis.');
    expect(text.indexOf('This is not a diagnosis.')).toBeGreaterThan(text.indexOf('GET HELP SOONER IF'));
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });
});
