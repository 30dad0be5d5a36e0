/**
 * Compiles the condition language of `knowledge/conditions.ts` into plain closures once, at module
 * load, so evaluating a rule costs a few property reads. A compiled condition pushes the ids of
 * the `true` evidence that made it hold onto `because` (and nothing when it fails).
 */
import type { Cond } from '../knowledge/conditions.js';
import type { EvidenceId } from '../knowledge/evidence.js';
import type { Course, Evidence, Pain, Sex } from '../schemas/case.js';

/** What conditions read: a case whose age may still be unknown (the interview's partial case). */
export interface CaseView {
  readonly age?: number;
  readonly durationDays?: number;
  readonly course?: Course;
  readonly sex?: Sex;
  readonly pain?: Pain;
  readonly evidence: Evidence;
}

export type Compiled = (c: CaseView, because: EvidenceId[]) => boolean;

export function compile(cond: Cond): Compiled {
  if ('yes' in cond) {
    const id = cond.yes;
    return (c, because) => {
      if (c.evidence[id] !== true) return false;
      because.push(id);
      return true;
    };
  }
  if ('notNo' in cond) {
    const id = cond.notNo;
    return (c, because) => {
      const v = c.evidence[id];
      if (v === false) return false;
      if (v === true) because.push(id);
      return true;
    };
  }
  if ('no' in cond) {
    const id = cond.no;
    return (c) => c.evidence[id] === false;
  }
  if ('ageAtLeast' in cond) {
    const min = cond.ageAtLeast;
    return (c) => c.age !== undefined && c.age >= min;
  }
  if ('ageBelow' in cond) {
    const max = cond.ageBelow;
    return (c) => c.age !== undefined && c.age < max;
  }
  if ('durationAbove' in cond) {
    const { durationAbove: days, ifUnknown } = cond;
    return (c) => (c.durationDays === undefined ? ifUnknown : c.durationDays > days);
  }
  if ('durationAtMost' in cond) {
    const { durationAtMost: days, ifUnknown } = cond;
    return (c) => (c.durationDays === undefined ? ifUnknown : c.durationDays <= days);
  }
  if ('courseIn' in cond) {
    const { courseIn, ifUnknown } = cond;
    return (c) => (c.course === undefined ? ifUnknown : courseIn.includes(c.course));
  }
  if ('sexIn' in cond) {
    const { sexIn, ifUnknown } = cond;
    return (c) => (c.sex === undefined ? ifUnknown : sexIn.includes(c.sex));
  }
  if ('painAtLeast' in cond) {
    const { painAtLeast: value, site, ifUnknown } = cond;
    return (c) => {
      const top = site ? c.pain?.[site] : maxPain(c.pain);
      return top === undefined ? ifUnknown : top >= value;
    };
  }
  if ('all' in cond) {
    const parts = cond.all.map(compile);
    return (c, because) => {
      const mark = because.length;
      for (const part of parts) {
        if (!part(c, because)) {
          because.length = mark;
          return false;
        }
      }
      return true;
    };
  }
  const parts = cond.any.map(compile);
  return (c, because) => {
    // Every branch is tried so `because` names all the evidence that supports the rule.
    let held = false;
    for (const part of parts) {
      const mark = because.length;
      if (part(c, because)) held = true;
      else because.length = mark;
    }
    return held;
  };
}

export function maxPain(pain: Pain | undefined): number | undefined {
  if (!pain) return undefined;
  let top: number | undefined;
  for (const v of [pain.knee, pain.leg, pain.back]) if (v !== undefined && (top === undefined || v > top)) top = v;
  return top;
}

/** Ids in first-seen order without repeats. */
export function unique<T>(items: readonly T[]): T[] {
  const out: T[] = [];
  for (const item of items) if (!out.includes(item)) out.push(item);
  return out;
}
