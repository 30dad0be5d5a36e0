/**
 * Reads case files (or standard input) into entries in the order given: each entry is a parsed
 * JSON value or the reason it could not be read, named after its source. A file or standard
 * input may hold one case, or several (one a line, or pretty-printed one after another).
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { readAll, type CliIo } from './io.js';
import { splitJsonValues } from './json-values.js';

/** `-` among the files, or no file at all, means standard input. */
export const STDIN = '-';

export type CaseEntry =
  | { readonly source: string; readonly ok: true; readonly input: unknown }
  | { readonly source: string; readonly ok: false; readonly error: string };

export async function readCaseEntries(files: readonly string[], io: CliIo): Promise<CaseEntry[]> {
  const names = files.length === 0 ? [STDIN] : files;
  const entries: CaseEntry[] = [];
  for (const name of names) entries.push(...(await readSource(name, io)));
  return entries;
}

async function readSource(name: string, io: CliIo): Promise<CaseEntry[]> {
  const source = name === STDIN ? 'stdin' : name;
  let text: string;
  try {
    text = name === STDIN ? await readAll(io.stdin) : await readFile(resolve(io.cwd, name), 'utf8');
  } catch (error) {
    return [{ source, ok: false, error: `${source}: cannot be read (${describeIoError(error)})` }];
  }
  const pieces = splitJsonValues(text);
  if (pieces.length === 0) return [{ source, ok: false, error: `${source}: holds no case (it is empty)` }];
  // Nothing in it parses: one refusal for the whole source, not one per line of a stray text file.
  const failed = pieces.filter((p) => !p.ok);
  if (pieces.length > 1 && failed.length === pieces.length) return [{ source, ok: false, error: `${source}: ${failed[0]!.error}` }];
  // One case keeps the plain source name; several are told apart by the line they start on.
  const label = (line: number) => (pieces.length === 1 ? source : `${source}:${line}`);
  return pieces.map((p) =>
    p.ok ? { source: label(p.line), ok: true, input: p.value } : { source: label(p.line), ok: false, error: `${label(p.line)}: ${p.error}` },
  );
}

function describeIoError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
