/**
 * A small condition language for rules kept as data. Red-flag and triage rules are written in it
 * so that each rule is readable, sourced and testable on its own, and so the benchmark can encode
 * the very same rules in a general rules engine.
 *
 * Safety monotonicity: triage rules only test evidence for `true` (`yes`) or for "not answered
 * no" (`notNo`); neither can stop holding when an answer turns to `true`, so adding a `true`
 * item can never make a rule stop firing. `no` (answered no) exists for patterns only.
 */
import type { EvidenceId } from './evidence.js';
import type { Course, PainSite, Sex } from '../schemas/case.js';

export type Cond =
  | { readonly yes: EvidenceId }
  | { readonly notNo: EvidenceId }
  | { readonly no: EvidenceId }
  /** Unknown age never satisfies an age test. */
  | { readonly ageAtLeast: number }
  | { readonly ageBelow: number }
  /** `ifUnknown` says whether an unknown duration satisfies the test. */
  | { readonly durationAbove: number; readonly ifUnknown: boolean }
  | { readonly durationAtMost: number; readonly ifUnknown: boolean }
  | { readonly courseIn: readonly Course[]; readonly ifUnknown: boolean }
  | { readonly sexIn: readonly Sex[]; readonly ifUnknown: boolean }
  /** The highest given pain score (of `site`, or of any site) is at least `value`. */
  | { readonly painAtLeast: number; readonly site?: PainSite; readonly ifUnknown: boolean }
  | { readonly all: readonly Cond[] }
  | { readonly any: readonly Cond[] };

export const yes = (id: EvidenceId): Cond => ({ yes: id });
export const notNo = (id: EvidenceId): Cond => ({ notNo: id });
export const no = (id: EvidenceId): Cond => ({ no: id });
export const all = (...conds: Cond[]): Cond => ({ all: conds });
export const any = (...conds: Cond[]): Cond => ({ any: conds });
export const anyYes = (...ids: EvidenceId[]): Cond => ({ any: ids.map(yes) });
export const allYes = (...ids: EvidenceId[]): Cond => ({ all: ids.map(yes) });

/** Every evidence id a condition reads, in order of first mention. */
export function condEvidence(cond: Cond, out: EvidenceId[] = []): EvidenceId[] {
  if ('yes' in cond) pushOnce(out, cond.yes);
  else if ('notNo' in cond) pushOnce(out, cond.notNo);
  else if ('no' in cond) pushOnce(out, cond.no);
  else if ('all' in cond) for (const c of cond.all) condEvidence(c, out);
  else if ('any' in cond) for (const c of cond.any) condEvidence(c, out);
  return out;
}

function pushOnce<T>(list: T[], item: T): void {
  if (!list.includes(item)) list.push(item);
}
