/**
 * The cases the engine benchmarks run on: the development vignettes, plus generated cases from
 * a seeded generator (the same cases on every run) that mix known and unknown context with a
 * handful of yes/no answers, red-flag questions included, so every kind of rule gets exercised.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EVIDENCE, EVIDENCE_IDS, type EvidenceId } from '../src/knowledge/evidence.js';
import { COURSES, SEXES, type Case, type Evidence } from '../src/schemas/case.js';
import { parseCase } from '../src/engine/validate.js';
import { prng } from '../test/support/prng.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const VIGNETTE_DIR = join(ROOT, 'test/vignettes');

/** The development vignettes as valid cases (`expected` dropped by validation). */
export function vignetteCases(dir = VIGNETTE_DIR): Case[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => parseCase(JSON.parse(readFileSync(join(dir, f), 'utf8'))));
}

// A seeded generator, so the generated cases are the same on every run.
const seeded = prng;

const RED_FLAG_EVIDENCE: readonly EvidenceId[] = EVIDENCE.filter((e) => e.redFlag).map((e) => e.id as EvidenceId);

export function generatedCases(count: number, seed = 20240601): Case[] {
  const random = seeded(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const maybe = <T>(p: number, value: () => T): T | undefined => (random() < p ? value() : undefined);
  const cases: Case[] = [];
  for (let i = 0; i < count; i++) {
    const evidence: Evidence = {};
    // A few answers of any kind, and about one red-flag question in three cases answered yes.
    for (let k = int(0, 14); k > 0; k--) evidence[pick(EVIDENCE_IDS)] = random() < 0.45;
    for (let k = int(0, 3); k > 0; k--) evidence[pick(RED_FLAG_EVIDENCE)] = random() < 0.12;
    const pain = { knee: maybe(0.5, () => int(0, 10)), leg: maybe(0.4, () => int(0, 10)), back: maybe(0.4, () => int(0, 10)) };
    const c: Case = {
      id: `gen-${i}`,
      age: int(3, 98),
      ...(random() < 0.8 ? { sex: pick(SEXES) } : {}),
      ...(random() < 0.8 ? { durationDays: pick([0, 1, 2, 3, 5, 7, 8, 10, 14, 15, 21, 42, 43, 90, 365]) } : {}),
      ...(random() < 0.8 ? { course: pick(COURSES) } : {}),
      pain: Object.fromEntries(Object.entries(pain).filter(([, v]) => v !== undefined)),
      evidence,
    };
    cases.push(parseCase(c));
  }
  return cases;
}
