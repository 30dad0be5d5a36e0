/**
 * Compiles the condition language of `knowledge/conditions.ts` once, at module load, into two
 * functions: `test` answers yes or no as cheaply as possible (answers are bit sets, so "any of
 * these is yes" is a few word ANDs), and `explain` also pushes the ids of the `true` evidence
 * that made it hold onto `because`. Rule sets test all their conditions in one batch per case
 * and explain only the few that hold.
 */
import type { Cond } from '../knowledge/conditions.js';
import { EVIDENCE_IDS, type EvidenceId } from '../knowledge/evidence.js';
import type { Course, Evidence, Pain, PartialCase, Sex } from '../schemas/case.js';
import { CODEGEN } from './codegen.js';

const INDEX: ReadonlyMap<string, number> = new Map(EVIDENCE_IDS.map((id, i) => [id, i]));

const WORDS = Math.ceil(EVIDENCE_IDS.length / 32);

/** What conditions read: a case whose age may still be unknown (the interview's partial case). */
export interface CaseView {
  readonly age?: number;
  readonly durationDays?: number;
  readonly course?: Course;
  readonly sex?: Sex;
  readonly pain?: Pain;
  readonly evidence: Evidence;
  /** Bit i set when evidence EVIDENCE_IDS[i] is answered true. */
  readonly yes: Int32Array;
  /** Bit i set when it is answered false. */
  readonly no: Int32Array;
}

export function toView(c: PartialCase): CaseView {
  const evidence = c.evidence ?? {};
  const yes = new Int32Array(WORDS);
  const no = new Int32Array(WORDS);
  for (const id in evidence) {
    const v = evidence[id as EvidenceId];
    const i = INDEX.get(id);
    if (i === undefined || v === undefined) continue;
    if (v) yes[i >>> 5]! |= 1 << (i & 31);
    else no[i >>> 5]! |= 1 << (i & 31);
  }
  return { age: c.age, sex: c.sex, durationDays: c.durationDays, course: c.course, pain: c.pain, evidence, yes, no };
}

/** The slot of an evidence id in the bit sets of a CaseView. */
export function evidenceIndex(id: EvidenceId): number {
  const i = INDEX.get(id);
  if (i === undefined) throw new Error(`unknown evidence id in a rule: ${id}`);
  return i;
}

export function isYes(c: CaseView, index: number): boolean {
  return (c.yes[index >>> 5]! & (1 << (index & 31))) !== 0;
}

export function isAnswered(c: CaseView, index: number): boolean {
  return ((c.yes[index >>> 5]! | c.no[index >>> 5]!) & (1 << (index & 31))) !== 0;
}

export interface Compiled {
  /** Does the condition hold? */
  readonly test: (c: CaseView) => boolean;
  /** The same answer, pushing onto `because` the true evidence that made it hold (nothing if not). */
  readonly explain: (c: CaseView, because: EvidenceId[]) => boolean;
}

const compiled = new WeakMap<Cond, Compiled>();

/**
 * One compiled form per condition object, so a condition shared by several rules is compiled once.
 * `test` and `explain` are generated code: the condition as one expression of bit tests and
 * comparisons, the way ajv and fast-json-stringify compile schemas. The closures of `interpret`
 * are the reference both are held to (conditions.test.ts).
 */
export function compile(cond: Cond): Compiled {
  let fn = compiled.get(cond);
  if (!fn) {
    fn = CODEGEN ? { test: generateTest(cond), explain: generateExplain(cond) } : interpret(cond);
    compiled.set(cond, fn);
  }
  return fn;
}

const PROLOGUE = [
  ...Array.from({ length: WORDS }, (_, w) => `const y${w} = c.yes[${w}] | 0, n${w} = c.no[${w}] | 0;`),
  'const age = c.age, dur = c.durationDays, course = c.course, sex = c.sex, pain = c.pain;',
].join('\n');

/**
 * Many conditions tested in one generated function, sharing one read of the case: `out[i]` is set
 * to 1 when `conds[i]` holds, 0 when not. Rule sets run this once per case instead of one call a rule.
 */
export function compileBatch(conds: readonly Cond[]): (c: CaseView, out: Uint8Array) => void {
  if (!CODEGEN) {
    const tests = conds.map((cond) => compile(cond).test);
    return (c, out) => {
      for (let i = 0; i < tests.length; i++) out[i] = tests[i]!(c) ? 1 : 0;
    };
  }
  const lines = conds.map((cond, i) => `out[${i}] = ${expression(cond)} ? 1 : 0;`);
  return new Function('c', 'out', `${PROLOGUE}\n${lines.join('\n')}`) as (c: CaseView, out: Uint8Array) => void;
}

function generateTest(cond: Cond): (c: CaseView) => boolean {
  // The expression only ever embeds numbers and the JSON of known enum strings from the knowledge base.
  return new Function('c', `${PROLOGUE}\nreturn ${expression(cond)};`) as (c: CaseView) => boolean;
}

function generateExplain(cond: Cond): (c: CaseView, because: EvidenceId[]) => boolean {
  return new Function('c', 'b', `${PROLOGUE}\nif (!${expression(cond)}) return false;\n${namings(cond)}\nreturn true;`) as (
    c: CaseView,
    because: EvidenceId[],
  ) => boolean;
}

/** Statements that push the `true` evidence behind a condition known to hold. */
function namings(cond: Cond): string {
  if ('yes' in cond) return `b.push(${JSON.stringify(cond.yes)});`;
  if ('notNo' in cond) {
    const { w, bit } = bitTest(cond.notNo);
    return `if ((y${w} & ${bit | 0}) !== 0) b.push(${JSON.stringify(cond.notNo)});`;
  }
  if ('all' in cond) return cond.all.map(namings).join('\n');
  if ('any' in cond) return cond.any.map((child) => `if (${expression(child)}) {\n${namings(child)}\n}`).join('\n');
  return '';
}

function bitTest(id: EvidenceId): { w: number; bit: number } {
  const i = evidenceIndex(id);
  return { w: i >>> 5, bit: (1 << (i & 31)) >>> 0 };
}

const num = (n: number): string => {
  if (!Number.isFinite(n)) throw new Error(`not a finite number in a rule: ${n}`);
  return String(n);
};

function expression(cond: Cond): string {
  if ('yes' in cond) {
    const { w, bit } = bitTest(cond.yes);
    return `((y${w} & ${bit | 0}) !== 0)`;
  }
  if ('notNo' in cond) {
    const { w, bit } = bitTest(cond.notNo);
    return `((n${w} & ${bit | 0}) === 0)`;
  }
  if ('no' in cond) {
    const { w, bit } = bitTest(cond.no);
    return `((n${w} & ${bit | 0}) !== 0)`;
  }
  if ('ageAtLeast' in cond) return `(age !== undefined && age >= ${num(cond.ageAtLeast)})`;
  if ('ageBelow' in cond) return `(age !== undefined && age < ${num(cond.ageBelow)})`;
  if ('durationAbove' in cond) return `(dur === undefined ? ${cond.ifUnknown} : dur > ${num(cond.durationAbove)})`;
  if ('durationAtMost' in cond) return `(dur === undefined ? ${cond.ifUnknown} : dur <= ${num(cond.durationAtMost)})`;
  if ('courseIn' in cond) return `(course === undefined ? ${cond.ifUnknown} : ${oneOf('course', cond.courseIn)})`;
  if ('sexIn' in cond) return `(sex === undefined ? ${cond.ifUnknown} : ${oneOf('sex', cond.sexIn)})`;
  if ('painAtLeast' in cond) {
    const sites = cond.site ? [cond.site] : ['knee', 'leg', 'back'];
    const given = sites.map((s) => `(pain !== undefined && pain.${s} !== undefined)`).join(' || ');
    const high = sites.map((s) => `(pain !== undefined && pain.${s} !== undefined && pain.${s} >= ${num(cond.painAtLeast)})`).join(' || ');
    return `(!(${given}) ? ${cond.ifUnknown} : (${high}))`;
  }
  const isAll = 'all' in cond;
  const children = isAll ? cond.all : cond.any;
  if (children.length === 0) return isAll ? 'true' : 'false';
  // Plain `yes` children become one mask a word.
  const masks = new Array<number>(WORDS).fill(0);
  const rest: string[] = [];
  for (const child of children) {
    if ('yes' in child) {
      const { w, bit } = bitTest(child.yes);
      masks[w] = (masks[w]! | bit) >>> 0;
    } else rest.push(expression(child));
  }
  const parts: string[] = [];
  masks.forEach((m, w) => {
    if (m === 0) return;
    parts.push(isAll ? `((y${w} & ${m | 0}) === ${m | 0})` : `((y${w} & ${m | 0}) !== 0)`);
  });
  parts.push(...rest);
  return `(${parts.join(isAll ? ' && ' : ' || ')})`;
}

function oneOf(name: string, values: readonly string[]): string {
  return `(${values.map((v) => `${name} === ${JSON.stringify(v)}`).join(' || ') || 'false'})`;
}

/** The closure form of a condition (no generated code): the reference the generated code is held to. */
export function interpret(cond: Cond): Compiled {
  if ('yes' in cond) {
    const id = cond.yes;
    const i = evidenceIndex(id);
    const test = (c: CaseView) => isYes(c, i);
    return {
      test,
      explain: (c, because) => {
        if (!test(c)) return false;
        because.push(id);
        return true;
      },
    };
  }
  if ('notNo' in cond) {
    const id = cond.notNo;
    const i = evidenceIndex(id);
    const w = i >>> 5;
    const bit = 1 << (i & 31);
    return {
      test: (c) => (c.no[w]! & bit) === 0,
      explain: (c, because) => {
        if ((c.no[w]! & bit) !== 0) return false;
        if ((c.yes[w]! & bit) !== 0) because.push(id);
        return true;
      },
    };
  }
  if ('no' in cond) {
    const i = evidenceIndex(cond.no);
    const w = i >>> 5;
    const bit = 1 << (i & 31);
    const test = (c: CaseView) => (c.no[w]! & bit) !== 0;
    return { test, explain: test };
  }
  if ('all' in cond || 'any' in cond) return compileGroup(cond);
  const test = compileContext(cond);
  return { test, explain: test };
}

/** Tests of age, duration, course, sex and pain: they never name evidence. */
function compileContext(cond: Exclude<Cond, { yes: EvidenceId } | { notNo: EvidenceId } | { no: EvidenceId } | { all: readonly Cond[] } | { any: readonly Cond[] }>): (c: CaseView) => boolean {
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
  const { painAtLeast: value, site, ifUnknown } = cond;
  return (c) => {
    const top = site ? c.pain?.[site] : maxPain(c.pain);
    return top === undefined ? ifUnknown : top >= value;
  };
}

function compileGroup(cond: { all: readonly Cond[] } | { any: readonly Cond[] }): Compiled {
  const isAll = 'all' in cond;
  const children = (isAll ? cond.all : cond.any).map(interpret);
  const test = isAll
    ? (c: CaseView) => children.every((child) => child.test(c))
    : (c: CaseView) => children.some((child) => child.test(c));
  return {
    test,
    // In the children's order; in an `any` every branch that holds is named, so `because` gives
    // all the evidence behind the rule.
    explain: (c, because) => {
      if (!test(c)) return false;
      for (const child of children) if (isAll || child.test(c)) child.explain(c, because);
      return true;
    },
  };
}

function maxPain(pain: Pain | undefined): number | undefined {
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

/** The same case with one evidence item answered (true or false) or, with `undefined`, unanswered. */
export function withEvidence(c: CaseView, index: number, value: boolean | undefined): CaseView {
  const yes = c.yes.slice();
  const no = c.no.slice();
  const w = index >>> 5;
  const bit = 1 << (index & 31);
  yes[w]! &= ~bit;
  no[w]! &= ~bit;
  if (value === true) yes[w]! |= bit;
  else if (value === false) no[w]! |= bit;
  return { ...c, yes, no };
}

/** The most a case could still become: every evidence item not answered "no" taken as "yes". */
export function optimistic(c: CaseView): CaseView {
  const yes = new Int32Array(WORDS);
  for (let w = 0; w < WORDS; w++) yes[w] = ~c.no[w]! & validBits(w);
  return { ...c, yes, no: c.no.slice() };
}

function validBits(w: number): number {
  const bits = Math.min(32, EVIDENCE_IDS.length - w * 32);
  return bits >= 32 ? -1 : (1 << bits) - 1;
}
