/**
 * The benchmark is only fair if json-rules-engine runs the very same logic: the translated rules
 * must fire exactly where the project's rules fire.
 */
import { describe, expect, it } from 'vitest';
import { toView } from '../src/engine/conditions.js';
import { fireRules, triageFrom } from '../src/engine/triage.js';
import type { Cond } from '../src/knowledge/conditions.js';
import { compile } from '../src/engine/conditions.js';
import type { Case } from '../src/schemas/case.js';
import { generatedCases, vignetteCases } from './bench-cases.js';
import { buildJsonRulesTriage, caseFacts, jsonRulesTriage, toJsonRulesCondition } from './json-rules-triage.js';
import { Engine } from 'json-rules-engine';

describe('json-rules-engine translation of the triage rules', () => {
  it('gives the same level and fires the same rules on every vignette and 400 generated cases', async () => {
    const engine = buildJsonRulesTriage();
    const cases = [...vignetteCases(), ...generatedCases(400, 7)];
    for (const c of cases) {
      const fired = fireRules(toView(c));
      const theirs = await jsonRulesTriage(engine, c);
      expect(theirs.level, c.id).toBe(triageFrom(fired).level);
      expect([...theirs.fired].sort(), c.id).toEqual(fired.map((f) => f.rule.id).sort());
    }
  });

  it('keeps the condition language\'s meaning for unknown values, one operator at a time', async () => {
    const conds: Cond[] = [
      { yes: 'fever' },
      { notNo: 'fever' },
      { no: 'fever' },
      { ageAtLeast: 55 },
      { ageBelow: 18 },
      { durationAbove: 7, ifUnknown: true },
      { durationAbove: 7, ifUnknown: false },
      { durationAtMost: 14, ifUnknown: true },
      { courseIn: ['worsening'], ifUnknown: false },
      { courseIn: ['stable', 'worsening'], ifUnknown: true },
      { sexIn: ['female'], ifUnknown: true },
      { painAtLeast: 8, ifUnknown: false },
      { painAtLeast: 4, ifUnknown: true },
      { painAtLeast: 1, site: 'back', ifUnknown: false },
    ];
    const cases: Case[] = [
      { age: 30 },
      { age: 60, durationDays: 7, course: 'worsening', sex: 'female', pain: { back: 8 }, evidence: { fever: true } },
      { age: 10, durationDays: 8, course: 'stable', sex: 'male', pain: { knee: 3, leg: 4 }, evidence: { fever: false } },
      { age: 55, durationDays: 14, course: 'improving', pain: { back: 0 } },
    ];
    for (const cond of conds) {
      const ours = compile(cond);
      const engine = new Engine([{ conditions: { all: [toJsonRulesCondition(cond)] }, event: { type: 'hit' } }], { allowUndefinedFacts: true });
      engine.addOperator('isUnknown', (v: unknown) => v === undefined);
      for (const c of cases) {
        const { events } = await engine.run(caseFacts(c));
        expect(events.length === 1, `${JSON.stringify(cond)} on ${JSON.stringify(c)}`).toBe(ours.test(toView(c)));
      }
    }
  });
});
