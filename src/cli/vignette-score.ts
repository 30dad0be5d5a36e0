/**
 * Scores the engine on vignettes with the contract's measures (CONTRACT.md "Vignettes"). Pure:
 * the caller reads the files and hands over their parsed JSON, so tests and the bench can score
 * any set of cases without touching the disk.
 */
import { PATTERN_IDS, type PatternId } from '../knowledge/patterns.js';
import { RED_FLAG_IDS, type RedFlagId } from '../knowledge/red-flags.js';
import { TRIAGE_LEVELS, isEmergencyLevel, urgencyRank, type TriageLevel } from '../knowledge/triage-levels.js';
import type { Assessment } from '../schemas/assessment.js';

export interface VignetteExpected {
  readonly triage: TriageLevel;
  /** Every level judged correct. */
  readonly acceptable: readonly TriageLevel[];
  readonly redFlags: readonly RedFlagId[];
  readonly pattern?: PatternId;
}

export interface Vignette {
  /** Where it came from (a file name), used in every report line. */
  readonly file: string;
  /** The case as read; the engine ignores `expected`. */
  readonly input: unknown;
  readonly expected: VignetteExpected;
}

/** What the engine answered for one vignette, or why it could not. */
export interface VignetteResult {
  readonly file: string;
  readonly expected: VignetteExpected;
  readonly level?: TriageLevel;
  readonly redFlags: readonly string[];
  readonly patterns: readonly string[];
  readonly error?: string;
}

export interface Measure {
  readonly n: number;
  readonly of: number;
}

export const MEASURE_NAMES = {
  correct: 'correct triage',
  safe: 'safe triage',
  emergencySensitivity: 'emergency sensitivity',
  redFlagRecall: 'red-flag recall',
  patternTop3: 'pattern in first three',
  exactBest: 'exact best level',
  selfCareKept: 'self care kept at home',
} as const;
/** Measures that describe, not judge: a case off them is not a miss (another acceptable level, say). */
const DESCRIPTIVE: ReadonlySet<MeasureId> = new Set(['exactBest', 'selfCareKept']);
export type MeasureId = keyof typeof MEASURE_NAMES;

export interface Miss {
  readonly file: string;
  readonly measure: MeasureId | 'error';
  readonly expected: string;
  readonly got: string;
}

export interface VignetteScores {
  readonly cases: number;
  readonly measures: Readonly<Record<MeasureId, Measure>>;
  /** Cases triaged less urgently than every acceptable level. */
  readonly underTriaged: number;
  readonly misses: readonly Miss[];
  /** Every case safe and every emergency caught: the bar the exit status holds. */
  readonly passed: boolean;
}

/** Reads a vignette's `expected`; throws an Error naming the field when it is malformed. */
export function parseVignette(file: string, json: unknown): Vignette {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new Error(`${file}: must hold one JSON object`);
  const expected = (json as { expected?: unknown }).expected;
  if (typeof expected !== 'object' || expected === null) throw new Error(`${file}: expected: is required`);
  const e = expected as Record<string, unknown>;
  const isLevel = (v: unknown): v is TriageLevel => typeof v === 'string' && (TRIAGE_LEVELS as readonly string[]).includes(v);
  if (!isLevel(e.triage)) throw new Error(`${file}: expected.triage: must be one of ${TRIAGE_LEVELS.join(', ')}`);
  const acceptable = e.acceptable ?? [e.triage];
  if (!Array.isArray(acceptable) || acceptable.length === 0 || !acceptable.every(isLevel)) {
    throw new Error(`${file}: expected.acceptable: must be a non-empty list of triage levels`);
  }
  const redFlags = e.redFlags ?? [];
  if (!Array.isArray(redFlags) || !redFlags.every((r) => typeof r === 'string' && (RED_FLAG_IDS as readonly string[]).includes(r))) {
    throw new Error(`${file}: expected.redFlags: must be a list of red flag ids`);
  }
  const pattern = e.pattern;
  if (pattern !== undefined && !(typeof pattern === 'string' && (PATTERN_IDS as readonly string[]).includes(pattern))) {
    throw new Error(`${file}: expected.pattern: must be a pattern id`);
  }
  return {
    file,
    input: json,
    expected: { triage: e.triage, acceptable, redFlags: redFlags as RedFlagId[], ...(pattern === undefined ? {} : { pattern: pattern as PatternId }) },
  };
}

/** Runs one vignette through `assess`; a refused case becomes a result with `error`. */
export function runVignette(v: Vignette, assess: (input: unknown) => Assessment): VignetteResult {
  try {
    const a = assess(v.input);
    return {
      file: v.file,
      expected: v.expected,
      level: a.triage.level,
      redFlags: a.redFlags.map((r) => r.id),
      patterns: a.patterns.map((p) => p.id),
    };
  } catch (error) {
    return { file: v.file, expected: v.expected, redFlags: [], patterns: [], error: error instanceof Error ? error.message : String(error) };
  }
}

/** The least urgent level still judged correct: anything at least this urgent is safe. */
export function leastUrgentAcceptable(acceptable: readonly TriageLevel[]): TriageLevel {
  return acceptable.reduce((a, b) => (urgencyRank(b) > urgencyRank(a) ? b : a));
}

export function isSafe(level: TriageLevel, acceptable: readonly TriageLevel[]): boolean {
  return urgencyRank(level) <= urgencyRank(leastUrgentAcceptable(acceptable));
}

/** An emergency vignette: every acceptable level is an emergency level. */
export function isEmergencyVignette(expected: VignetteExpected): boolean {
  return expected.acceptable.every(isEmergencyLevel);
}

export function scoreVignettes(results: readonly VignetteResult[]): VignetteScores {
  const tally: Record<MeasureId, { n: number; of: number }> = {
    correct: { n: 0, of: 0 },
    safe: { n: 0, of: 0 },
    emergencySensitivity: { n: 0, of: 0 },
    redFlagRecall: { n: 0, of: 0 },
    patternTop3: { n: 0, of: 0 },
    exactBest: { n: 0, of: 0 },
    selfCareKept: { n: 0, of: 0 },
  };
  const misses: Miss[] = [];
  let underTriaged = 0;
  const count = (id: MeasureId, hit: boolean, r: VignetteResult, expected: string, got: string) => {
    tally[id].of++;
    if (hit) tally[id].n++;
    else if (!DESCRIPTIVE.has(id)) misses.push({ file: r.file, measure: id, expected, got });
  };

  for (const r of results) {
    const { expected: e, level } = r;
    if (r.error !== undefined) misses.push({ file: r.file, measure: 'error', expected: 'an assessment', got: r.error });
    const got = level ?? 'no assessment';
    count('correct', level !== undefined && e.acceptable.includes(level), r, e.acceptable.join(' or '), got);
    const safe = level !== undefined && isSafe(level, e.acceptable);
    if (!safe) underTriaged++;
    count('safe', safe, r, `at least ${leastUrgentAcceptable(e.acceptable)}`, got);
    count('exactBest', level === e.triage, r, e.triage, got);
    // Over-triage is a harm too: of the cases whose best answer is home care, how many kept it.
    if (e.triage === 'self_care') count('selfCareKept', level === 'self_care', r, 'self_care', got);
    if (isEmergencyVignette(e)) count('emergencySensitivity', level !== undefined && isEmergencyLevel(level), r, 'an emergency level', got);
    for (const flag of e.redFlags) {
      count('redFlagRecall', r.redFlags.includes(flag), r, `red flag ${flag}`, r.redFlags.length ? r.redFlags.join(', ') : 'no red flag');
    }
    if (e.pattern !== undefined) {
      const top3 = r.patterns.slice(0, 3);
      count('patternTop3', top3.includes(e.pattern), r, `pattern ${e.pattern} in first three`, top3.length ? top3.join(', ') : 'no pattern');
    }
  }

  const all = (m: { n: number; of: number }) => m.n === m.of;
  return {
    cases: results.length,
    measures: tally,
    underTriaged,
    misses,
    passed: results.length > 0 && all(tally.safe) && all(tally.emergencySensitivity),
  };
}

/** `n/N (p%)`, with 100% for an empty measure (nothing to miss). */
export function formatMeasure(m: Measure): string {
  return `${m.n}/${m.of} (${percent(m)})`;
}

export function percent(m: Measure): string {
  return `${m.of === 0 ? '100.0' : ((100 * m.n) / m.of).toFixed(1)}%`;
}
