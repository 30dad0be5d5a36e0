/**
 * `npm run bench -- interview`: the interview played on every vignette set, each case answering
 * its own questions (engine/interview-simulation.ts). Per set: screens asked (median, 90th
 * percentile, maximum) and whether the interview's final level and red flags equal the whole
 * case's. Targets: never less urgent and every red flag raised (100%), median <= 15, max <= 25.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simulateInterview, spread } from '../src/engine/interview-simulation.js';
import type { Case } from '../src/schemas/case.js';

const root = join(import.meta.dirname, '..');
const sets = readdirSync(join(root, 'test'))
  .filter((d) => d.startsWith('vignettes'))
  .filter((d) => !d.endsWith('.ts'))
  .map((d) => join('test', d));

let failed = false;
const rows: string[][] = [['set', 'cases', 'median', 'p90', 'max', 'same level', 'never lower', 'red flags raised', 'interrupt by screen']];
const all: number[] = [];
for (const dir of sets) {
  const files = readdirSync(join(root, dir)).filter((f) => f.endsWith('.json')).sort();
  const results = files.map((f) => ({ file: f, r: simulateInterview(JSON.parse(readFileSync(join(root, dir, f), 'utf8')) as Case) }));
  const screens = results.map((x) => x.r.screens);
  all.push(...screens);
  const s = spread(screens);
  const same = results.filter((x) => x.r.level === x.r.fullLevel).length;
  const safe = results.filter((x) => !x.r.underTriaged).length;
  const flags = results.filter((x) => x.r.missedRedFlags.length === 0).length;
  const interrupted = results.flatMap((x) => (x.r.interruptedAt === undefined ? [] : [x.r.interruptedAt + 1]));
  rows.push([dir, String(files.length), String(s.median), String(s.p90), String(s.max), `${same}/${files.length}`, `${safe}/${files.length}`, `${flags}/${files.length}`, interrupted.length ? `median ${spread(interrupted).median}` : '-']);
  for (const { file, r } of results) {
    if (r.underTriaged || r.missedRedFlags.length > 0) {
      failed = true;
      console.log(`  MISS ${dir}/${file}: interview ${r.level} [${r.redFlags.join(', ')}], whole case ${r.fullLevel} [${r.fullRedFlags.join(', ')}]`);
    }
    if (r.screens > 25) console.log(`  LONG ${dir}/${file}: ${r.screens} screens`);
  }
  if (s.median > 15 || s.max > 25) failed = true;
}
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
const total = spread(all);
console.log(`\nAll ${all.length} cases: median ${total.median} screens, 90th percentile ${total.p90}, max ${total.max}.`);
console.log(failed ? 'FAIL: a target was missed (see above)' : 'PASS: never less urgent, every red flag raised, median <= 15, max <= 25');
process.exitCode = failed ? 1 : 0;
