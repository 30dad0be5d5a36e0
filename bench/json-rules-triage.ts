/**
 * The project's red-flag and triage rules (knowledge/triage-rules.ts) translated, automatically
 * and one for one, into json-rules-engine 7 rules, so the benchmark compares two engines running
 * identical logic. Every operator of the condition language maps to a built-in operator, plus
 * one custom operator (`isUnknown`) for the "an unknown value satisfies the test" switches.
 */
import { Engine, type NestedCondition, type RuleProperties, type TopLevelCondition } from 'json-rules-engine';
import type { Cond } from '../src/knowledge/conditions.js';
import { TRIAGE_RULES, type TriageRule } from '../src/knowledge/triage-rules.js';
import { urgencyRank, type TriageLevel } from '../src/knowledge/triage-levels.js';
import type { Case } from '../src/schemas/case.js';

/** Facts: each evidence id by its own name, and these. */
const AGE = 'age';
const DURATION = 'durationDays';
const COURSE = 'course';
const SEX = 'sex';
const painFact = (site?: string) => (site ? `pain_${site}` : 'pain_max');

const fact = (name: string, operator: string, value: unknown): NestedCondition => ({ fact: name, operator, value }) as NestedCondition;
/** `ifUnknown: true` turns a test into "unknown, or the test holds". */
const orUnknown = (name: string, test: NestedCondition, ifUnknown: boolean): NestedCondition =>
  ifUnknown ? { any: [fact(name, 'isUnknown', true), test] } : test;

export function toJsonRulesCondition(cond: Cond): NestedCondition {
  if ('yes' in cond) return fact(cond.yes, 'equal', true);
  // Not answered no: true or not asked.
  if ('notNo' in cond) return fact(cond.notNo, 'notEqual', false);
  if ('no' in cond) return fact(cond.no, 'equal', false);
  // Numeric operators fail on an unknown (undefined) fact, as the project's do.
  if ('ageAtLeast' in cond) return fact(AGE, 'greaterThanInclusive', cond.ageAtLeast);
  if ('ageBelow' in cond) return fact(AGE, 'lessThan', cond.ageBelow);
  if ('durationAbove' in cond) return orUnknown(DURATION, fact(DURATION, 'greaterThan', cond.durationAbove), cond.ifUnknown);
  if ('durationAtMost' in cond) return orUnknown(DURATION, fact(DURATION, 'lessThanInclusive', cond.durationAtMost), cond.ifUnknown);
  if ('courseIn' in cond) return orUnknown(COURSE, fact(COURSE, 'in', [...cond.courseIn]), cond.ifUnknown);
  if ('sexIn' in cond) return orUnknown(SEX, fact(SEX, 'in', [...cond.sexIn]), cond.ifUnknown);
  if ('painAtLeast' in cond) {
    const name = painFact(cond.site);
    return orUnknown(name, fact(name, 'greaterThanInclusive', cond.painAtLeast), cond.ifUnknown);
  }
  if ('all' in cond) return { all: cond.all.map(toJsonRulesCondition) };
  return { any: cond.any.map(toJsonRulesCondition) };
}

export function toJsonRule(rule: TriageRule): RuleProperties {
  const c = toJsonRulesCondition(rule.when);
  const top: TopLevelCondition = 'all' in c || 'any' in c ? (c as TopLevelCondition) : { all: [c] };
  return {
    name: rule.id,
    conditions: top,
    event: { type: 'triage', params: { rule: rule.id, level: rule.level, redFlag: rule.redFlag ?? null } },
  };
}

/** A json-rules-engine holding every triage rule of the knowledge base. */
export function buildJsonRulesTriage(): Engine {
  const engine = new Engine(TRIAGE_RULES.map(toJsonRule), { allowUndefinedFacts: true, replaceFactsInEventParams: false });
  engine.addOperator('isUnknown', (value: unknown) => value === undefined);
  return engine;
}

/** The facts of a case: only what is known, so an unknown fact reads as undefined. */
export function caseFacts(c: Case): Record<string, unknown> {
  const facts: Record<string, unknown> = { ...c.evidence };
  facts[AGE] = c.age;
  if (c.durationDays !== undefined) facts[DURATION] = c.durationDays;
  if (c.course !== undefined) facts[COURSE] = c.course;
  if (c.sex !== undefined) facts[SEX] = c.sex;
  let max: number | undefined;
  for (const site of ['knee', 'leg', 'back'] as const) {
    const v = c.pain?.[site];
    if (v === undefined) continue;
    facts[painFact(site)] = v;
    if (max === undefined || v > max) max = v;
  }
  if (max !== undefined) facts[painFact()] = max;
  return facts;
}

export interface JsonRulesTriage {
  readonly level: TriageLevel;
  /** Ids of the rules that fired, in knowledge order. */
  readonly fired: string[];
  readonly redFlags: string[];
}

const ORDER = new Map(TRIAGE_RULES.map((r, i) => [r.id, i]));

/** Triage with json-rules-engine: the most urgent level of the rules that fire, self_care if none. */
export async function jsonRulesTriage(engine: Engine, c: Case): Promise<JsonRulesTriage> {
  const { events } = await engine.run(caseFacts(c));
  let level: TriageLevel = 'self_care';
  const fired: string[] = [];
  const redFlags: string[] = [];
  for (const e of events) {
    const p = e.params as { rule: string; level: TriageLevel; redFlag: string | null };
    fired.push(p.rule);
    if (urgencyRank(p.level) < urgencyRank(level)) level = p.level;
    if (p.redFlag && !redFlags.includes(p.redFlag)) redFlags.push(p.redFlag);
  }
  fired.sort((a, b) => ORDER.get(a)! - ORDER.get(b)!);
  return { level, fired, redFlags };
}
