/**
 * `ksnav assess [--json] FILE...`: assesses each case in the order given. With `--json`, one
 * compact assessment a line and nothing else on stdout; a refused case's line is
 * `{"id": ..., "error": "..."}` naming the field, and the exit status is 2 (CONTRACT.md).
 */
import { assess } from '../engine/assess.js';
import { CaseValidationError } from '../engine/validate.js';
import type { Assessment } from '../schemas/assessment.js';
import type { CliIo } from './io.js';
import { readCaseEntries, type CaseEntry } from './read-cases.js';
import { renderAssessment } from './render-assessment.js';
import { COLOUR, PLAIN, outputWidth, wantsColour } from './style.js';

export interface AssessOptions {
  readonly json?: boolean;
  readonly width?: number;
  readonly color?: boolean;
}

export const EXIT_REFUSED = 2;
/** An engine failure on a valid case: a bug, not a refusal. */
export const EXIT_INTERNAL = 1;

export type Outcome =
  | { readonly ok: true; readonly assessment: Assessment }
  | { readonly ok: false; readonly id: string; readonly error: string; readonly field?: string; readonly internal?: boolean };

/** Assesses one entry; never throws. */
export function assessEntry(entry: CaseEntry): Outcome {
  if (!entry.ok) return { ok: false, id: entry.source, error: entry.error };
  const id = caseId(entry.input) ?? entry.source;
  try {
    return { ok: true, assessment: assess(entry.input) };
  } catch (error) {
    if (error instanceof CaseValidationError) return { ok: false, id, error: error.message, field: error.field };
    return { ok: false, id, error: `internal error: ${error instanceof Error ? error.message : String(error)}`, internal: true };
  }
}

/** The refusal line of the contract (with the field, when known, beside the message). */
export function refusalLine(o: Extract<Outcome, { ok: false }>): string {
  return JSON.stringify(o.field === undefined ? { id: o.id, error: o.error } : { id: o.id, error: o.error, field: o.field });
}

export async function runAssess(files: readonly string[], options: AssessOptions, io: CliIo): Promise<number> {
  if (files.length === 0 && io.stdin.isTTY) io.stderr.write('ksnav: reading cases from standard input (end with Ctrl-D)...\n');
  const entries = await readCaseEntries(files, io);
  const style = options.color !== false && wantsColour(io.stdout, io.env) ? COLOUR : PLAIN;
  const width = outputWidth(io.stdout, options.width);
  let refused = false;
  let internal = false;
  let printed = 0;
  for (const entry of entries) {
    const outcome = assessEntry(entry);
    if (!outcome.ok) {
      refused = true;
      internal ||= outcome.internal === true;
      if (options.json) io.stdout.write(`${refusalLine(outcome)}\n`);
      io.stderr.write(`ksnav: could not assess ${outcome.id}: ${outcome.error}\n`);
      continue;
    }
    if (options.json) io.stdout.write(`${JSON.stringify(outcome.assessment)}\n`);
    else {
      if (printed > 0) io.stdout.write('\n\n');
      io.stdout.write(renderAssessment(outcome.assessment, { width, style }));
    }
    printed++;
  }
  return internal ? EXIT_INTERNAL : refused ? EXIT_REFUSED : 0;
}

function caseId(input: unknown): string | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const id = (input as { id?: unknown }).id;
  return typeof id === 'string' && id.length > 0 && id.length <= 200 ? id : undefined;
}
