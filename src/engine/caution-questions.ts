/**
 * "Make the treatment list fit you": the questions that only personalise the treatment cautions
 * (medicines, kidneys, stomach, pregnancy...). The interview leaves them out, because they cannot
 * change how soon or whom to see; the results page offers them afterwards, optional, and the case
 * is assessed again with the answers.
 */
import { CAUTIONS } from '../knowledge/cautions.js';
import { EVIDENCE, type EvidenceId } from '../knowledge/evidence.js';
import type { PartialCase } from '../schemas/case.js';
import type { Question } from '../schemas/interview.js';
import { INTERVIEW_PLAN } from '../knowledge/interview-plan.js';
import { questionFor } from './interview.js';

/** The groups whose items are about the person rather than the pain: what a caution asks. */
const PERSONAL = new Set(['medicines', 'whole_body', 'background']);

/** Every evidence item a caution's condition reads that is about the person, in vocabulary order. */
const CAUTION_EVIDENCE: readonly EvidenceId[] = (() => {
  const read = new Set<string>(CAUTIONS.flatMap((c) => [...(c.when.anyOf ?? []), ...(c.when.allOf ?? [])]));
  const asked = new Set<string>(INTERVIEW_PLAN.map((s) => s.id));
  return EVIDENCE.filter((e) => read.has(e.id) && PERSONAL.has(e.group) && asked.has(e.id)).map((e) => e.id as EvidenceId);
})();

const PREGNANCY: ReadonlySet<string> = new Set(['pregnant', 'postpartum']);

/** The caution questions this case has not answered, ready to ask (pregnancy only where it can apply). */
export function cautionQuestions(c: PartialCase): Question[] {
  const canBePregnant = c.sex !== 'male' && (c.age === undefined || (c.age >= 12 && c.age < 56));
  return CAUTION_EVIDENCE.filter((id) => c.evidence?.[id] === undefined && (canBePregnant || !PREGNANCY.has(id))).map((id) => questionFor(id));
}
