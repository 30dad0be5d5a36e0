/**
 * The engine against json-rules-engine 7 running the same red-flag and triage rules
 * (json-rules-triage.ts translates them from the knowledge base), on the same cases, in the same
 * process. First it proves the two agree on every case (and stops loudly if not); then it times
 * both; then it runs a million assessments watching the heap.
 *
 * Run: `npm run bench engine` (or `node --import tsx --expose-gc bench/engine.bench.ts`).
 */
import { performance } from 'node:perf_hooks';
import type * as AssessModule from '../src/engine/assess.js';
import type * as ConditionsModule from '../src/engine/conditions.js';
import type * as TriageModule from '../src/engine/triage.js';
// The engine as it ships: the compiled JavaScript in dist/ (`npm run bench` builds it first), not
// the TypeScript sources through tsx, whose transform adds wrappers the package never runs. The
// types come from the sources, so this file type-checks before anything is built.
const shipped = async <T>(file: string): Promise<T> => (await import(new URL(`../dist/engine/${file}`, import.meta.url).href)) as T;
const { assess } = await shipped<typeof AssessModule>('assess.js');
const { toView } = await shipped<typeof ConditionsModule>('conditions.js');
const { fireRules, redFlagsFrom, triageFrom } = await shipped<typeof TriageModule>('triage.js');
import { TRIAGE_RULES } from '../src/knowledge/triage-rules.js';
import { TRIAGE_LEVELS, urgencyRank } from '../src/knowledge/triage-levels.js';
import type { Case } from '../src/schemas/case.js';
import { generatedCases, vignetteCases } from './bench-cases.js';
import { buildJsonRulesTriage, jsonRulesTriage } from './json-rules-triage.js';

const GENERATED = 3000;
const ROUNDS = 7;
/** A timed round of the project's engine lasts at least this long (it is far too fast to time case by case). */
const MIN_ROUND_MS = 300;
const HEAP_CALLS = 1_000_000;
const HEAP_SAMPLES = 10;
/** Heap growth below this over a million calls is noise (gc timing, JIT code), not a leak. */
const FLAT_BYTES = 1024 * 1024;

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  console.error('engine.bench: run with --expose-gc (npm run bench does).');
  process.exit(1);
}

const vignettes = vignetteCases();
const cases: Case[] = [...vignettes, ...generatedCases(GENERATED)];
const jre = buildJsonRulesTriage();

// ---------------------------------------------------------------------------------------------
// 1. The same logic: the level, the rules that fire and the red flags agree on every case.

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();
const levelCount = new Map<string, number>(TRIAGE_LEVELS.map((l) => [l, 0]));
const rulesSeen = new Set<string>();
const mismatches: string[] = [];
for (const c of cases) {
  const fired = fireRules(toView(c));
  const ours = triageFrom(fired).level;
  const full = assess(c);
  const theirs = await jsonRulesTriage(jre, c);
  const firedIds = fired.map((f) => f.rule.id);
  const flags = redFlagsFrom(fired).map((r) => r.id);
  levelCount.set(ours, levelCount.get(ours)! + 1);
  for (const id of firedIds) rulesSeen.add(id);
  if (ours !== theirs.level || full.triage.level !== ours || !sameSet(firedIds, theirs.fired) || !sameSet(flags, theirs.redFlags)) {
    mismatches.push(
      `${c.id}: project ${ours} (assess ${full.triage.level}) [${firedIds.join(', ')}] flags [${flags.join(', ')}]; ` +
        `json-rules-engine ${theirs.level} [${theirs.fired.join(', ')}] flags [${theirs.redFlags.join(', ')}]`,
    );
  }
}
if (mismatches.length) {
  console.error(`EQUIVALENCE FAILED on ${mismatches.length} of ${cases.length} cases: the two engines do not run the same logic.`);
  for (const m of mismatches.slice(0, 10)) console.error(`  ${m}`);
  process.exit(1);
}
console.log(
  `Equivalence: ${cases.length} cases (${vignettes.length} vignettes + ${GENERATED} generated): identical level, fired rules and red flags on every one.`,
);
console.log(`  rules exercised ${rulesSeen.size}/${TRIAGE_RULES.length}; levels ${TRIAGE_LEVELS.map((l) => `${l} ${levelCount.get(l)}`).join(', ')}`);

// ---------------------------------------------------------------------------------------------
// 2. Throughput: warm-up, then timed rounds over the same cases, the engines taking turns; the
//    median round counts.

interface Timing {
  readonly name: string;
  readonly perSecond: number[];
}

let sink = 0; // consumed below, so no call can be optimised away

interface Runner {
  readonly name: string;
  /** One pass over every case. */
  readonly pass: () => void | Promise<void>;
}

const syncRunner = (name: string, once: (c: Case) => number): Runner => ({
  name,
  pass: () => {
    for (const c of cases) sink += once(c);
  },
});

const asyncRunner = (name: string, once: (c: Case) => Promise<number>): Runner => ({
  name,
  pass: async () => {
    for (const c of cases) sink += await once(c);
  },
});

/**
 * Warm-up, then ROUNDS rounds in which every runner takes its turn (A, B, C, A, B, C...), each
 * after a forced collection: a slow spell of this shared machine lands on all of them alike.
 */
async function measureInterleaved(runners: readonly Runner[]): Promise<Timing[]> {
  const reps: number[] = [];
  for (const runner of runners) {
    for (let i = 0; i < 3; i++) await runner.pass(); // warm-up
    const t0 = performance.now();
    await runner.pass();
    reps.push(Math.max(1, Math.ceil(MIN_ROUND_MS / Math.max(performance.now() - t0, 0.001))));
  }
  const timings = runners.map((r) => ({ name: r.name, perSecond: [] as number[] }));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, runner] of runners.entries()) {
      gc!();
      const start = performance.now();
      for (let k = 0; k < reps[i]!; k++) await runner.pass();
      timings[i]!.perSecond.push((reps[i]! * cases.length) / ((performance.now() - start) / 1000));
    }
  }
  return timings;
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const [full, triageOnly, rules] = await measureInterleaved([
  syncRunner('project assess (full assessment)', (c) => urgencyRank(assess(c).triage.level)),
  syncRunner('project triage only (fireRules + triageFrom + redFlagsFrom)', (c) => {
    const fired = fireRules(toView(c));
    return urgencyRank(triageFrom(fired).level) + redFlagsFrom(fired).length;
  }),
  asyncRunner('json-rules-engine 7 triage (same rules)', async (c) => {
    const t = await jsonRulesTriage(jre, c);
    return urgencyRank(t.level) + t.redFlags.length;
  }),
]) as [Timing, Timing, Timing];

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const rows = [full, triageOnly, rules].map((t) => {
  const m = median(t.perSecond);
  return [t.name, fmt(m), (1e6 / m).toFixed(2), `${fmt(Math.min(...t.perSecond))}..${fmt(Math.max(...t.perSecond))}`];
});
printTable(['path', 'median /s', 'us each', `range of ${ROUNDS} rounds /s`], rows);

const likeForLike = median(triageOnly.perSecond) / median(rules.perSecond);
const fullRatio = median(full.perSecond) / median(rules.perSecond);
console.log(`Like for like (triage only, both engines): ${likeForLike.toFixed(1)}x json-rules-engine  (target >= 50x: ${likeForLike >= 50 ? 'met' : 'NOT met'})`);
console.log(
  `Full assess vs json-rules-engine triage only: ${fullRatio.toFixed(1)}x (target >= 50x: ${fullRatio >= 50 ? 'met' : 'NOT met'}; ` +
    'assess does far more: it also validates, scores patterns, mechanisms, treatments, plan, safety net)',
);

// ---------------------------------------------------------------------------------------------
// 3. Heap after a million assessments: sampled after a forced collection.

gc();
const heap: [number, number][] = [[0, process.memoryUsage().heapUsed]];
const every = HEAP_CALLS / HEAP_SAMPLES;
const started = performance.now();
for (let i = 1; i <= HEAP_CALLS; i++) {
  sink += assess(cases[i % cases.length]).redFlags.length;
  if (i % every === 0) {
    gc();
    heap.push([i, process.memoryUsage().heapUsed]);
  }
}
const seconds = (performance.now() - started) / 1000;
const mb = (b: number) => (b / 1024 / 1024).toFixed(2);
const startHeap = heap[0]![1];
const endHeap = heap[heap.length - 1]![1];
const peak = Math.max(...heap.map(([, b]) => b));
printTable(
  ['calls', 'heap used MB'],
  heap.filter((_, i) => i % 2 === 0 || i === heap.length - 1).map(([n, b]) => [fmt(n), mb(b)]),
);
const growth = endHeap - startHeap;
console.log(
  `Heap after ${fmt(HEAP_CALLS)} assess calls (${seconds.toFixed(1)} s): start ${mb(startHeap)} MB, end ${mb(endHeap)} MB, peak ${mb(peak)} MB, ` +
    `growth ${growth >= 0 ? '+' : ''}${mb(growth)} MB: ${Math.abs(growth) < FLAT_BYTES ? 'no growth' : 'GROWTH'}`,
);
console.log(
  `Summary: triage ${likeForLike.toFixed(1)}x json-rules-engine like for like (target 50x ${likeForLike >= 50 ? 'met' : 'NOT met'}), ` +
    `full assess ${fullRatio.toFixed(1)}x (target 50x ${fullRatio >= 50 ? 'met' : 'NOT met'}); heap over ${fmt(HEAP_CALLS)} assessments ${Math.abs(growth) < FLAT_BYTES ? 'flat' : 'GROWING'}`,
);
if (sink === -1) console.log('unreachable');

function printTable(head: string[], body: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((x, i) => (i === 0 ? x.padEnd(widths[i]!) : x.padStart(widths[i]!))).join('  ');
  console.log('');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of body) console.log(line(r));
  console.log('');
}
