/**
 * The development vignettes (copied from ../shared/clinical/vignettes) and our own extra ones: the
 * engine must be safe on all of them and correct on at least 95%, scored with the contract's measures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess } from '../src/engine/assess.js';
import { isEmergencyLevel, urgencyRank, type TriageLevel } from '../src/knowledge/triage-levels.js';

interface Vignette {
  id: string;
  expected: { triage: TriageLevel; acceptable: TriageLevel[]; redFlags?: string[]; pattern?: string };
}

function load(folder: string): Vignette[] {
  const dir = join(import.meta.dirname, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Vignette);
}

/** Misses we accept, each with the reason. Empty: every development vignette is correct. */
const ACCEPTED_MISSES: Record<string, string> = {};

describe.each([
  // The contract's development vignettes.
  { folder: 'vignettes', count: 36 },
  // Our own, written from GUIDELINES.md to check the rules generalise beyond the development set.
  { folder: 'vignettes-extra', count: 40 },
  // Written blind, from CONTRACT.md and GUIDELINES.md only, by someone who had not read the rules.
  { folder: 'vignettes-blind', count: 60 },
  // Written blind from published guidance only (NICE, NHS, GIRFT, BOAST, RCOG...), each note quoting its source.
  { folder: 'vignettes-guidance', count: 85 },
])('$folder', ({ folder, count }) => {
  const vignettes = load(folder);
  const results = vignettes.map((v) => ({ v, a: assess(v) }));

  it(`holds ${count} cases`, () => expect(vignettes.length).toBe(count));

  for (const { v, a } of results) {
    it(`${v.id}: safe, expected red flags raised, expected pattern in the first three`, () => {
      const leastUrgentAcceptable = Math.max(...v.expected.acceptable.map(urgencyRank));
      expect(urgencyRank(a.triage.level)).toBeLessThanOrEqual(leastUrgentAcceptable);
      if (v.expected.acceptable.every(isEmergencyLevel)) expect(isEmergencyLevel(a.triage.level)).toBe(true);
      for (const flag of v.expected.redFlags ?? []) expect(a.redFlags.map((r) => r.id)).toContain(flag);
      if (v.expected.pattern) expect(a.patterns.slice(0, 3).map((p) => p.id)).toContain(v.expected.pattern);
      if (!ACCEPTED_MISSES[v.id]) expect(v.expected.acceptable).toContain(a.triage.level);
    });
  }

  it('is correct on at least 95%', () => {
    const correct = results.filter(({ v, a }) => v.expected.acceptable.includes(a.triage.level)).length;
    expect(correct / results.length).toBeGreaterThanOrEqual(0.95);
  });
});
