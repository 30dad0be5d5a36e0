/**
 * The hazard log names the test behind each control as `[test: FILE › NAME]`. A control is only
 * evidence if that test exists: this fails the build when a named file is missing or holds no
 * test of that name, and when a hazard has no tested control at all.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const LOG = readFileSync(join(ROOT, 'docs/clinical-safety/hazard-log.md'), 'utf8');

export interface NamedTest {
  readonly hazard: string;
  readonly file: string;
  readonly name: string;
}

/** Every `[test: FILE › NAME]` under a hazard (### Hn) of the log, with that hazard. */
export function namedTests(log: string): NamedTest[] {
  const out: NamedTest[] = [];
  let hazard = '';
  for (const line of log.split('\n')) {
    const heading = /^### (H\d+):/.exec(line);
    if (heading) hazard = heading[1]!;
    if (!hazard) continue;
    for (const m of line.matchAll(/\[test: ([^\]›]+?) › ([^\]]+)\]/g)) out.push({ hazard, file: m[1]!.trim(), name: m[2]!.trim() });
  }
  return out;
}

/** Whether `source` declares a test or suite titled exactly `name` (in any quote style). */
export function declaresTest(source: string, name: string): boolean {
  return ["'", '"', '`'].some((q) => {
    const quoted = q === "'" ? name.replaceAll("'", "\\'") : name;
    return new RegExp(`\\b(?:it|test|describe)(?:\\.each\\([^)]*\\))?\\(\\s*${escape(q + quoted + q)}`).test(source);
  });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('hazard log', () => {
  const named = namedTests(LOG);
  const hazards = [...LOG.matchAll(/^### (H\d+):/gm)].map((m) => m[1]!);

  it('names tests, and lists hazards', () => {
    expect(named.length).toBeGreaterThan(20);
    expect(hazards.length).toBeGreaterThanOrEqual(14);
  });

  it('gives every hazard at least one control proved by a test', () => {
    for (const h of hazards) expect(named.some((t) => t.hazard === h), h).toBe(true);
  });

  it('names only test files and tests that exist', () => {
    for (const t of named) {
      const path = join(ROOT, t.file);
      expect(existsSync(path), `${t.hazard}: no file ${t.file}`).toBe(true);
      expect(declaresTest(readFileSync(path, 'utf8'), t.name), `${t.hazard}: no test "${t.name}" in ${t.file}`).toBe(true);
    }
  });

  it('covers the hazards the clinical review asked for', () => {
    for (const words of [
      /red-flag question skipped, or answered without being seen/,
      /emergency contradicted later in the results/,
      /child assessed as an adult/,
      /stale assessment reused after things change/,
      /wrong or missing source/,
      /Over-triage that teaches people to ignore advice/,
    ]) expect(LOG).toMatch(words);
  });
});

describe('the hazard log checker', () => {
  it('finds a test in any quote style and refuses a name that is not there', () => {
    expect(declaresTest(`it('keeps it', () => {})`, 'keeps it')).toBe(true);
    expect(declaresTest(`it("says \\"DVT unlikely\\"", () => {})`, 'says \\"DVT unlikely\\"')).toBe(true);
    expect(declaresTest(`it('a child\\'s hip', () => {})`, "a child's hip")).toBe(true);
    expect(declaresTest(`  describe('Amendment 1: under 16', () => {`, 'Amendment 1: under 16')).toBe(true);
    expect(declaresTest(`it('keeps it', () => {})`, 'keeps')).toBe(false);
    expect(namedTests('[test: FILE › NAME]\n### H1: x\n[test: a.test.ts › one] and [test: b.test.ts › two]')).toEqual([
      { hazard: 'H1', file: 'a.test.ts', name: 'one' },
      { hazard: 'H1', file: 'b.test.ts', name: 'two' },
    ]);
  });
});
