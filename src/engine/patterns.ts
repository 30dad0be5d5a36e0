/**
 * Orders the patterns the picture is consistent with by the weight of the answers for and
 * against each (knowledge/pattern-features.ts). Never a diagnosis: a pattern is a picture.
 */
import { PATTERN_FEATURES } from '../knowledge/pattern-features.js';
import { PATTERNS, PATTERN_IDS, type PatternId } from '../knowledge/patterns.js';
import type { EvidenceId } from '../knowledge/evidence.js';
import type { SourceId } from '../knowledge/sources.js';
import type { Likelihood, PatternHit } from '../schemas/assessment.js';
import { compile, compileBatch, evidenceIndex, unique, type CaseView, type Compiled } from './conditions.js';
import type { Cond } from '../knowledge/conditions.js';
import { Interner } from './intern.js';

/** Scores at or above these give the likelihood; below MIN_SCORE a pattern is not listed. */
const HIGH = 6;
const MODERATE = 3.5;
const MIN_SCORE = 2;

interface CompiledFeature {
  readonly test: Compiled;
  readonly weight: number;
  /** Its slot in the batch of every pattern condition. */
  readonly slot: number;
  /** The evidence a plain `yes` feature names, known in advance; null for the others. */
  readonly names: EvidenceId | null;
}

// Source lists are handed out as they are (no copy per call), so they are frozen here.
for (const p of Object.values(PATTERNS)) Object.freeze(p.sources);

// Every gate and feature of every pattern is tested by one generated function per case.
const CONDS: Cond[] = [];
const slotOf = (cond: Cond): number => CONDS.push(cond) - 1;
const feature = (x: { when: Cond; weight: number }): CompiledFeature => ({
  test: compile(x.when),
  weight: x.weight,
  slot: slotOf(x.when),
  names: 'yes' in x.when ? x.when.yes : null,
});
const COMPILED = PATTERN_FEATURES.map((p) => ({
  pattern: p.pattern,
  gate: slotOf(p.gate),
  for: p.for.map(feature),
  against: p.against.map(feature),
}));
const testAll = compileBatch(CONDS);

export interface ScoredPattern {
  readonly id: PatternId;
  readonly score: number;
  readonly because: EvidenceId[];
  readonly against: EvidenceId[];
}

export function scorePatterns(c: CaseView): ScoredPattern[] {
  const scored: ScoredPattern[] = [];
  const held = new Uint8Array(CONDS.length);
  testAll(c, held);
  for (const p of COMPILED) {
    if (held[p.gate] === 0) continue;
    let score = 0;
    for (const x of p.for) if (held[x.slot] === 1) score += x.weight;
    for (const x of p.against) if (held[x.slot] === 1) score -= x.weight;
    if (score < MIN_SCORE) continue;
    // Only the patterns listed pay for naming their evidence, and only the features that held.
    const because: EvidenceId[] = [];
    const against: EvidenceId[] = [];
    for (const x of p.for) if (held[x.slot] === 1) name(x, c, because);
    for (const x of p.against) if (held[x.slot] === 1) name(x, c, against);
    scored.push({ id: p.pattern, score, because: unique(because), against: unique(against) });
  }
  // Stable sort: equal scores keep the knowledge order, so the answer is deterministic.
  return scored.sort((a, b) => b.score - a.score);
}

/** The scores alone, most likely first (no naming of the evidence): for the interview's look-ahead. */
export function patternScores(c: CaseView): { id: PatternId; score: number }[] {
  const scored: { id: PatternId; score: number }[] = [];
  const held = new Uint8Array(CONDS.length);
  testAll(c, held);
  for (const p of COMPILED) {
    if (held[p.gate] === 0) continue;
    let score = 0;
    for (const x of p.for) if (held[x.slot] === 1) score += x.weight;
    for (const x of p.against) if (held[x.slot] === 1) score -= x.weight;
    if (score >= MIN_SCORE) scored.push({ id: p.pattern, score });
  }
  return scored.sort((a, b) => b.score - a.score);
}

function name(x: CompiledFeature, c: CaseView, out: EvidenceId[]): void {
  if (x.names !== null) out.push(x.names);
  else x.test.explain(c, out);
}

export function likelihoodOf(score: number): Likelihood {
  return score >= HIGH ? 'high' : score >= MODERATE ? 'moderate' : 'low';
}

const HIT_LISTS = new Interner<PatternHit[]>();

const PATTERN_NUMBER = new Map<PatternId, number>(PATTERN_IDS.map((id, i) => [id, i]));
const LIKELIHOOD_NUMBER: Readonly<Record<Likelihood, number>> = { high: 0, moderate: 1, low: 2 };

export function patternHits(scored: readonly ScoredPattern[]): PatternHit[] {
  // Negative numbers name patterns and likelihoods, non-negative ones evidence: no two keys collide.
  const key: number[] = [];
  for (const p of scored) {
    key.push(-1 - PATTERN_NUMBER.get(p.id)! * 4 - LIKELIHOOD_NUMBER[likelihoodOf(p.score)]);
    for (const id of p.because) key.push(evidenceIndex(id));
    key.push(-1_000_000);
    for (const id of p.against) key.push(evidenceIndex(id));
  }
  return HIT_LISTS.get(key, () => buildHits(scored));
}

function buildHits(scored: readonly ScoredPattern[]): PatternHit[] {
  return scored.map(({ id, score, because, against }) => {
    const info = PATTERNS[id];
    return {
      id,
      likelihood: likelihoodOf(score),
      because,
      against,
      title: info.title,
      explanation: info.explanation,
      learn: info.learn,
      sources: info.sources as SourceId[],
    };
  });
}
