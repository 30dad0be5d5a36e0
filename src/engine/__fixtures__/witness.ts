/**
 * Builds the smallest case that satisfies a condition, so every rule kept as data can be tested
 * on its own: its witness must fire it. `any` takes the branch given by `pick` (default first).
 */
import type { Cond } from '../../knowledge/conditions.js';
import type { Case } from '../../schemas/case.js';

type Draft = { age?: number; durationDays?: number; course?: Case['course']; sex?: Case['sex']; pain?: NonNullable<Case['pain']>; evidence: NonNullable<Case['evidence']> };

export function witness(cond: Cond, pick: (branches: readonly Cond[]) => Cond = (b) => b[0]!): Case {
  const draft: Draft = { evidence: {} };
  build(cond, draft, pick);
  return { age: draft.age ?? 40, ...draft } as Case;
}

function build(cond: Cond, d: Draft, pick: (branches: readonly Cond[]) => Cond): void {
  if ('yes' in cond) d.evidence[cond.yes] = true;
  else if ('no' in cond) d.evidence[cond.no] = false;
  else if ('notNo' in cond) return;
  else if ('ageAtLeast' in cond) d.age = Math.max(d.age ?? 0, cond.ageAtLeast);
  else if ('ageBelow' in cond) d.age = Math.min(d.age ?? 120, cond.ageBelow - 1);
  else if ('durationAbove' in cond) d.durationDays = cond.durationAbove + 1;
  else if ('durationAtMost' in cond) d.durationDays = Math.min(d.durationDays ?? cond.durationAtMost, cond.durationAtMost);
  else if ('courseIn' in cond) d.course = cond.courseIn[0];
  else if ('sexIn' in cond) d.sex = cond.sexIn[0];
  else if ('painAtLeast' in cond) d.pain = { ...d.pain, [cond.site ?? 'knee']: cond.painAtLeast };
  else if ('all' in cond) for (const c of cond.all) build(c, d, pick);
  else build(pick(cond.any), d, pick);
}

/** Every branch choice of the top-level `any`s, one witness each (a rule's alternatives). */
export function witnesses(cond: Cond): Case[] {
  if ('any' in cond) return cond.any.flatMap((branch) => witnesses(branch));
  if ('all' in cond) {
    // Vary one `any` at a time inside an `all`, the others on their first branch.
    const out: Case[] = [witness(cond)];
    cond.all.forEach((part, i) => {
      if (!('any' in part)) return;
      for (const branch of part.any.slice(1)) {
        const parts = cond.all.map((p, j) => (j === i ? branch : p));
        out.push(witness({ all: parts }));
      }
    });
    return out;
  }
  return [witness(cond)];
}
