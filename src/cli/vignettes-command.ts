/**
 * `ksnav vignettes DIR`: reads every *.json vignette in DIR, scores the engine with the
 * contract's measures (vignette-score.ts) and prints the table, every miss, and the key figures
 * last (hooks show the last lines). Exit 0 only when every case is safe and no emergency is missed.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { assess } from '../engine/assess.js';
import type { CliIo } from './io.js';
import {
  MEASURE_NAMES,
  formatMeasure,
  parseVignette,
  percent,
  runVignette,
  scoreVignettes,
  type MeasureId,
  type VignetteResult,
  type VignetteScores,
} from './vignette-score.js';

export interface VignettesOptions {
  readonly json?: boolean;
}

export async function runVignettes(dir: string, options: VignettesOptions, io: CliIo): Promise<number> {
  const folder = resolve(io.cwd, dir);
  let files: string[];
  try {
    files = (await readdir(folder)).filter((f) => f.endsWith('.json')).sort();
  } catch (error) {
    io.stderr.write(`ksnav: cannot read the folder ${dir}: ${(error as { code?: string }).code ?? String(error)}\n`);
    return 1;
  }
  if (files.length === 0) {
    io.stderr.write(`ksnav: no *.json vignettes in ${dir}\n`);
    return 1;
  }

  const results: VignetteResult[] = [];
  const unreadable: string[] = [];
  for (const file of files) {
    try {
      const vignette = parseVignette(file, JSON.parse(await readFile(join(folder, file), 'utf8')));
      results.push(runVignette(vignette, assess));
    } catch (error) {
      unreadable.push(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const scores = scoreVignettes(results);
  // A vignette that cannot be read cannot be shown safe: it fails the run.
  const passed = scores.passed && unreadable.length === 0;

  if (options.json) {
    io.stdout.write(`${JSON.stringify({ folder: dir, cases: scores.cases, measures: scores.measures, underTriaged: scores.underTriaged, misses: scores.misses, unreadable, passed })}\n`);
  } else io.stdout.write(report(dir, scores, unreadable, passed));
  return passed ? 0 : 1;
}

export function report(dir: string, s: VignetteScores, unreadable: readonly string[], passed: boolean): string {
  const lines: string[] = [`Vignettes: ${s.cases} cases in ${dir}`, ''];
  for (const u of unreadable) lines.push(`UNREADABLE ${u}`);
  if (s.misses.length) {
    lines.push(`Misses (${s.misses.length}):`);
    const fileWidth = Math.max(...s.misses.map((m) => m.file.length));
    for (const m of s.misses) {
      const measure = m.measure === 'error' ? 'refused' : MEASURE_NAMES[m.measure];
      lines.push(`  ${m.file.padEnd(fileWidth)}  ${measure}: expected ${m.expected}; got ${m.got}`);
    }
  } else lines.push('Misses: none');
  lines.push('');
  const nameWidth = Math.max(...Object.values(MEASURE_NAMES).map((n) => n.length));
  lines.push(`${'measure'.padEnd(nameWidth)}  ${'n/N'.padStart(7)}  ${'%'.padStart(6)}`);
  for (const id of Object.keys(MEASURE_NAMES) as MeasureId[]) {
    const m = s.measures[id];
    lines.push(`${MEASURE_NAMES[id].padEnd(nameWidth)}  ${`${m.n}/${m.of}`.padStart(7)}  ${percent(m).padStart(6)}`);
  }
  lines.push('');
  const m = s.measures;
  // The last three lines are the key figures.
  lines.push(`triage: correct ${formatMeasure(m.correct)}, safe ${formatMeasure(m.safe)}, under-triaged ${s.underTriaged}`);
  lines.push(
    `emergency sensitivity ${formatMeasure(m.emergencySensitivity)}, red-flag recall ${formatMeasure(m.redFlagRecall)}, pattern in first three ${formatMeasure(m.patternTop3)}, exact best level ${formatMeasure(m.exactBest)}, self care kept ${formatMeasure(m.selfCareKept)}`,
  );
  lines.push(
    passed
      ? `PASS: ${s.cases} vignettes, every one safe, no emergency missed`
      : `FAIL: ${s.underTriaged} under-triaged, ${m.emergencySensitivity.of - m.emergencySensitivity.n} emergencies missed${unreadable.length ? `, ${unreadable.length} unreadable` : ''} (of ${s.cases + unreadable.length})`,
  );
  return `${lines.join('\n')}\n`;
}
