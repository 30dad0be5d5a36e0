/**
 * Compiles the condition language of `knowledge/conditions.ts` into plain closures once, at module
 * load, so evaluating a rule costs a few property reads. A compiled condition pushes the ids of
 * the `true` evidence that made it hold onto `because` (and nothing when it fails).
 */
import type { Cond } from '../knowledge/conditions.js';
import { EVIDENCE_IDS, type EvidenceId } from '../knowledge/evidence.js';
import type { Course, Evidence, Pain, PartialCase, Sex } from '../schemas/case.js';

export const ABSENT = 0;
export const NO = 1;
export const YES = 2;

const INDEX: ReadonlyMap<string, number> = new Map(EVIDENCE_IDS.map((id, i) => [id, i]));

/** What conditions read: a case whose age may still be unknown (the interview's partial case). */
export interface CaseView {
  readonly age?: number;
  readonly durationDays?: number;
  readonly course?: Course;
  readonly sex?: Sex;
  readonly pain?: Pain;
  readonly evidence: Evidence;
  /**
   * The answers as a dense array indexed like EVIDENCE_IDS (ABSENT, NO, YES): reading a slot is
   * far cheaper than looking a string key up in an object whose keys differ from case to case.
   */
  readonly answers: Uint8Array;
}

export function toView(c: PartialCase): CaseView {
  const evidence = c.evidence ?? {};
  const answers = new Uint8Array(EVIDENCE_IDS.length);
  for (const id in evidence) {
    const v = evidence[id as EvidenceId];
    const i = INDEX.get(id);
    if (i !== undefined && v !== undefined) answers[i] = v ? YES : NO;
  }
  return { age: c.age, sex: c.sex, durationDays: c.durationDays, course: c.course, pain: c.pain, evidence, answers };
}

/** The slot of an evidence id in `CaseView.answers`. */
export function evidenceIndex(id: EvidenceId): number {
  const i = INDEX.get(id);
  if (i === undefined) throw new Error(`unknown evidence id in a rule: ${id}`);
  return i;
}

/** Drops what a failed branch pushed (popping is cheaper than setting `length`). */
function rewind(because: EvidenceId[], mark: number): void {
  while (because.length > mark) because.pop();
}

export type Compiled = (c: CaseView, because: EvidenceId[]) => boolean;

const compiled = new WeakMap<Cond, Compiled>();

/** One closure per condition object, so a condition shared by several rules is one function. */
export function compile(cond: Cond): Compiled {
  let fn = compiled.get(cond);
  if (!fn) {
    fn = compileNew(cond);
    compiled.set(cond, fn);
  }
  return fn;
}

function compileNew(cond: Cond): Compiled {
  if ('yes' in cond) {
    const id = cond.yes;
    const i = evidenceIndex(id);
    return (c, because) => {
      if (c.answers[i] !== YES) return false;
      because.push(id);
      return true;
    };
  }
  if ('notNo' in cond) {
    const id = cond.notNo;
    const i = evidenceIndex(id);
    return (c, because) => {
      const v = c.answers[i];
      if (v === NO) return false;
      if (v === YES) because.push(id);
      return true;
    };
  }
  if ('no' in cond) {
    const i = evidenceIndex(cond.no);
    return (c) => c.answers[i] === NO;
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
          rewind(because, mark);
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
      else rewind(because, mark);
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
