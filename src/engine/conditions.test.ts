import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cond } from '../knowledge/conditions.js';
import { INTERVIEW_PLAN } from '../knowledge/interview-plan.js';
import { MECHANISM_RULES } from '../knowledge/mechanism-rules.js';
import { PATTERN_FEATURES } from '../knowledge/pattern-features.js';
import { TRIAGE_RULES } from '../knowledge/triage-rules.js';
import { compile, compileBatch, interpret, toView } from './conditions.js';
import { arbitraryCase } from './__fixtures__/arbitrary-case.js';

const knowledgeConditions: Cond[] = [
  ...TRIAGE_RULES.map((r) => r.when),
  ...PATTERN_FEATURES.flatMap((p) => [p.gate, ...p.for.map((f) => f.when), ...p.against.map((f) => f.when)]),
  ...MECHANISM_RULES.map((r) => r.when),
  ...INTERVIEW_PLAN.flatMap((s) => (s.ask ? [s.ask] : [])),
];

const edgeConditions: Cond[] = [
  { painAtLeast: 8, ifUnknown: false },
  { painAtLeast: 4, ifUnknown: true },
  { painAtLeast: 1, site: 'back', ifUnknown: false },
  { painAtLeast: 0, site: 'leg', ifUnknown: true },
  { sexIn: ['female', 'other'], ifUnknown: true },
  { sexIn: ['male'], ifUnknown: false },
  { courseIn: ['worsening'], ifUnknown: false },
  { durationAbove: 7, ifUnknown: true },
  { durationAtMost: 14, ifUnknown: false },
  { ageAtLeast: 55 },
  { ageBelow: 18 },
  { all: [] },
  { any: [] },
  { all: [{ yes: 'knee_pain' }, { yes: 'foot_pain' }, { yes: 'diabetes' }] },
  { any: [{ no: 'knee_pain' }, { notNo: 'diabetes' }, { yes: 'fever' }] },
];

describe('generated condition tests', () => {
  it('answer exactly as the interpreted closures, for every condition of the knowledge base', () => {
    const pairs = [...knowledgeConditions, ...edgeConditions].map((c) => ({ generated: compile(c), reference: interpret(c) }));
    const partial = arbitraryCase.map(({ age: _age, ...rest }) => rest);
    fc.assert(
      fc.property(fc.oneof(arbitraryCase, partial), (c) => {
        const view = toView(c);
        for (const { generated, reference } of pairs) expect(generated.test(view)).toBe(reference.test(view));
      }),
      { numRuns: 3000 },
    );
  });

  it('answer in a batch exactly as one by one', () => {
    const all = [...knowledgeConditions, ...edgeConditions];
    const batch = compileBatch(all);
    const references = all.map(interpret);
    fc.assert(
      fc.property(arbitraryCase, (c) => {
        const view = toView(c);
        const held = new Uint8Array(all.length);
        batch(view, held);
        references.forEach((r, i) => expect(held[i] === 1).toBe(r.test(view)));
      }),
      { numRuns: 1000 },
    );
  });

  it('explain names exactly the evidence the interpreted closures name', () => {
    const pairs = [...knowledgeConditions, ...edgeConditions].map((c) => ({ generated: compile(c), reference: interpret(c) }));
    fc.assert(
      fc.property(arbitraryCase, (c) => {
        const view = toView(c);
        for (const { generated, reference } of pairs) {
          const ours: string[] = [];
          const theirs: string[] = [];
          expect(generated.explain(view, ours as never[])).toBe(reference.explain(view, theirs as never[]));
          expect(ours).toEqual(theirs);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('explain holds exactly when test does', () => {
    fc.assert(
      fc.property(arbitraryCase, (c) => {
        const view = toView(c);
        for (const cond of knowledgeConditions) {
          const compiled = compile(cond);
          expect(compiled.explain(view, [])).toBe(compiled.test(view));
        }
      }),
      { numRuns: 500 },
    );
  });
});
