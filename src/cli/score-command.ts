/**
 * `ksnav score INSTRUMENT FILE [--json]`: scores one completed measure (an answers file, or
 * standard input with `-`). The readable form names each score with its range and the licence
 * attribution; `--json` prints the MeasureResult on one line. Answers that cannot be scored are
 * refused naming the item, with exit status 2 (as `assess` refuses a case).
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InvalidArgumentError } from 'commander';
import { isMeasureId, MEASURE_IDS, MEASURES, type MeasureId } from '../knowledge/measures/index.js';
import { MeasureAnswerError } from '../measures/answer-error.js';
import { scoreMeasure } from '../measures/score.js';
import type { MeasureResult } from '../schemas/measures.js';
import { EXIT_REFUSED } from './assess-command.js';
import { readAll, type CliIo } from './io.js';
import { STDIN } from './read-cases.js';
import { outputWidth, wrap } from './style.js';

export interface ScoreOptions {
  readonly json?: boolean;
  readonly width?: number;
}

/** commander argument parser: an instrument id, or a usage error listing them. */
export function instrumentArgument(value: string): MeasureId {
  if (!isMeasureId(value)) throw new InvalidArgumentError(`must be one of ${MEASURE_IDS.join(', ')}`);
  return value;
}

type Read = { ok: true; value: unknown } | { ok: false; error: string };

async function readAnswers(file: string, io: CliIo): Promise<Read> {
  const source = file === STDIN ? 'stdin' : file;
  let text: string;
  try {
    text = file === STDIN ? await readAll(io.stdin) : await readFile(resolve(io.cwd, file), 'utf8');
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return { ok: false, error: `${source}: cannot be read (${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : String(code ?? error)})` };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error: `${source}: is not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
}

function render(result: MeasureResult, width: number): string {
  const m = MEASURES[result.instrument];
  const lines = [m.title];
  if (result.risk) lines.push(`Risk group: ${result.risk.display}`);
  for (const s of result.scores) lines.push(...wrap(`${s.title}: ${s.value} (${s.min}-${s.max}, ${s.higherIsBetter ? 'higher is better' : 'lower is better'})`, width, '  '));
  if (m.change) lines.push('', ...wrap(`A change that matters: ${m.change.inWords}.`, width));
  lines.push('', ...wrap(m.licence.attribution, width));
  return `${lines.join('\n')}\n`;
}

export async function runScore(instrument: MeasureId, file: string, options: ScoreOptions, io: CliIo): Promise<number> {
  const read = await readAnswers(file, io);
  const refuse = (error: string, field?: string) => {
    if (options.json) io.stdout.write(`${JSON.stringify(field === undefined ? { instrument, error } : { instrument, error, field })}\n`);
    io.stderr.write(`ksnav: could not score ${instrument}: ${error}\n`);
    return EXIT_REFUSED;
  };
  if (!read.ok) return refuse(read.error);
  try {
    const result = scoreMeasure(instrument, read.value);
    io.stdout.write(options.json ? `${JSON.stringify(result)}\n` : render(result, outputWidth(io.stdout, options.width)));
    return 0;
  } catch (error) {
    if (error instanceof MeasureAnswerError) return refuse(`${error.field}: ${error.errors[0]?.message ?? 'is not valid'}`, error.field);
    throw error;
  }
}
