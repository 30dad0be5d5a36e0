/**
 * Runs the sourced triage rules over a case and turns the hits into red flags and a level.
 * The level is the most urgent of every rule that fires; `self_care` only when none does.
 */
import { RED_FLAGS, type RedFlagId } from '../knowledge/red-flags.js';
import { TRIAGE_RULES, type TriageRule } from '../knowledge/triage-rules.js';
import { TRIAGE_LEVEL_INFO, urgencyRank, type TriageLevel } from '../knowledge/triage-levels.js';
import type { EvidenceId } from '../knowledge/evidence.js';
import type { SourceId } from '../knowledge/sources.js';
import type { RedFlagHit, Triage, TriageRuleHit } from '../schemas/assessment.js';
import { compile, compileBatch, evidenceIndex, toView, unique, type CaseView, type Compiled } from './conditions.js';
import { Interner } from './intern.js';
import type { PartialCase } from '../schemas/case.js';

interface CompiledRule {
  readonly rule: TriageRule;
  readonly test: Compiled;
  /** Its place in RULES: the number that names it in an interning key. */
  readonly index: number;
}

// Kept in order of urgency (stable within a level: the knowledge order), so the hits come out
// most urgent first without sorting on every call.
// Source lists are handed out as they are (no copy per call), so they are frozen here.
for (const rule of TRIAGE_RULES) Object.freeze(rule.sources);
for (const id of Object.keys(RED_FLAGS) as RedFlagId[]) Object.freeze(RED_FLAGS[id].sources);

const RULES: readonly CompiledRule[] = TRIAGE_RULES.map((rule) => ({ rule, test: compile(rule.when) }))
  .sort((a, b) => urgencyRank(a.rule.level) - urgencyRank(b.rule.level))
  .map((r, index) => ({ ...r, index }));

export interface RuleFiring {
  readonly rule: TriageRule;
  readonly because: EvidenceId[];
  readonly index: number;
}

const testAll = compileBatch(RULES.map((r) => r.rule.when));

/** The rules in urgency order (most urgent first), as `holdingRules` reports them. */
export const RULES_BY_URGENCY: readonly TriageRule[] = RULES.map((r) => r.rule);

/** Which rules hold for a case: `out[i]` is 1 when RULES_BY_URGENCY[i] holds. */
export function holdingRules(c: CaseView, out: Uint8Array = new Uint8Array(RULES.length)): Uint8Array {
  testAll(c, out);
  return out;
}

/** Every rule that fires, most urgent first (stable within a level: the knowledge order). */
export function fireRules(c: CaseView): RuleFiring[] {
  const fired: RuleFiring[] = [];
  const held = new Uint8Array(RULES.length);
  testAll(c, held);
  for (const { rule, test, index } of RULES) {
    if (held[index] === 0) continue;
    const because: EvidenceId[] = [];
    test.explain(c, because);
    // An id can satisfy two branches of one rule; name it once.
    fired.push({ rule, index, because: because.length > 1 ? unique(because) : because });
  }
  return fired;
}

/** What identifies a set of firings: the rules and the evidence behind each. */
function firingKey(fired: readonly RuleFiring[]): number[] {
  const key: number[] = [];
  for (const f of fired) {
    key.push(-1 - f.index);
    for (const id of f.because) key.push(evidenceIndex(id));
  }
  return key;
}

// The triage and the red flags follow from the same firings, so they are interned together.
const OUTCOMES = new Interner<{ triage: Triage; redFlags: RedFlagHit[] }>();

/** The triage and the red flags of a set of firings. */
export function outcomeOf(fired: readonly RuleFiring[], key = firingKey(fired)): { triage: Triage; redFlags: RedFlagHit[] } {
  return OUTCOMES.get(key, () => ({ triage: buildTriage(fired), redFlags: buildRedFlags(fired) }));
}

/** The red flags raised, most urgent first, each at the most urgent level its rules reach. */
export function redFlagsFrom(fired: readonly RuleFiring[], key = firingKey(fired)): RedFlagHit[] {
  return outcomeOf(fired, key).redFlags;
}

function buildRedFlags(fired: readonly RuleFiring[]): RedFlagHit[] {
  const byId = new Map<RedFlagId, { level: TriageLevel; because: EvidenceId[]; sources: SourceId[] }>();
  for (const { rule, because } of fired) {
    if (!rule.redFlag) continue;
    const seen = byId.get(rule.redFlag);
    if (!seen) byId.set(rule.redFlag, { level: rule.level, because: [...because], sources: [...rule.sources] });
    else {
      // `fired` is sorted by urgency, so the first rule seen set the level already.
      for (const id of because) if (!seen.because.includes(id)) seen.because.push(id);
      for (const s of rule.sources) if (!seen.sources.includes(s)) seen.sources.push(s);
    }
  }
  const hits: RedFlagHit[] = [];
  for (const [id, { level, because, sources }] of byId) {
    const info = RED_FLAGS[id];
    hits.push({
      id,
      level,
      because,
      title: info.title,
      explanation: info.explanation,
      whatToDo: info.whatToDo,
      sources: unique([...info.sources, ...sources]),
    });
  }
  return hits;
}

export function triageFrom(fired: readonly RuleFiring[], key = firingKey(fired)): Triage {
  return outcomeOf(fired, key).triage;
}

function buildTriage(fired: readonly RuleFiring[]): Triage {
  const level: TriageLevel = fired[0]?.rule.level ?? 'self_care';
  const info = TRIAGE_LEVEL_INFO[level];
  const rules: TriageRuleHit[] = fired.map(({ rule, because }) => ({
    rule: rule.id,
    level: rule.level,
    because,
    reason: rule.reason,
    sources: rule.sources as SourceId[],
  }));
  // The reasons that decided the level; the less urgent ones stay in `rules`, so an emergency is
  // not explained with "book an appointment" words beside it.
  const because =
    fired.length === 0
      ? ['None of the warning signs or reasons to see a doctor applies: a short episode that is improving or mild.']
      : unique(fired.filter((f) => f.rule.level === level).map((f) => f.rule.reason));
  return { level, title: info.title, action: info.action, timeframe: info.timeframe, because, rules };
}

/** Red flags of a case whose answers may still be incomplete (the interview, check-ins). */
export function evaluateRedFlags(c: PartialCase): RedFlagHit[] {
  return redFlagsFrom(fireRules(toView(c)));
}
