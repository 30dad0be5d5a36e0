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
    const pairs = [...knowledgeConditions, ...edgeConditions].map((cond) => ({ cond, generated: compile(cond), reference: interpret(cond) }));
    const partial = arbitraryCase.map(({ age: _age, ...rest }) => rest);
    fc.assert(
      fc.property(fc.oneof(arbitraryCase, partial), (c) => {
        const view = toView(c);
        // Plain comparisons, with `expect` only on a difference: hundreds of conditions times
        // thousands of cases would otherwise spend the time in the assertion library.
        for (const { cond, generated, reference } of pairs) {
          if (generated.test(view) !== reference.test(view)) expect.fail(`${JSON.stringify(cond)} on ${JSON.stringify(c)}`);
        }
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
        references.forEach((r, i) => {
          if ((held[i] === 1) !== r.test(view)) expect.fail(`${JSON.stringify(all[i])} on ${JSON.stringify(c)}`);
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('explain names exactly the evidence the interpreted closures name', () => {
    const pairs = [...knowledgeConditions, ...edgeConditions].map((cond) => ({ cond, generated: compile(cond), reference: interpret(cond) }));
    fc.assert(
      fc.property(arbitraryCase, (c) => {
        const view = toView(c);
        for (const { cond, generated, reference } of pairs) {
          const ours: string[] = [];
          const theirs: string[] = [];
          const held = generated.explain(view, ours as never[]);
          if (held !== reference.explain(view, theirs as never[]) || ours.join() !== theirs.join()) {
            expect.fail(`${JSON.stringify(cond)} on ${JSON.stringify(c)}: ${ours.join()} against ${theirs.join()}`);
          }
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
          if (compiled.explain(view, []) !== compiled.test(view)) expect.fail(`${JSON.stringify(cond)} on ${JSON.stringify(c)}`);
        }
      }),
      { numRuns: 500 },
    );
  });
});
