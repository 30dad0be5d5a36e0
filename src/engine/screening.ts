/**
 * Which red-flag questions matter for this picture, so `unanswered` can say what the triage had
 * to assume absent. They are the interview plan's red-flag questions whose `ask` holds.
 */
import { EVIDENCE_BY_ID, isEvidenceId, type EvidenceId } from '../knowledge/evidence.js';
import { INTERVIEW_PLAN } from '../knowledge/interview-plan.js';
import { ABSENT, compile, evidenceIndex, type CaseView, type Compiled } from './conditions.js';

const SCREENS = INTERVIEW_PLAN.flatMap((step) =>
  isEvidenceId(step.id) && EVIDENCE_BY_ID[step.id].redFlag
    ? [{ id: step.id as EvidenceId, index: evidenceIndex(step.id as EvidenceId), ask: step.ask ? compile(step.ask) : null }]
    : [],
);

export function unansweredRedFlagQuestions(c: CaseView): EvidenceId[] {
  const out: EvidenceId[] = [];
  const scratch: EvidenceId[] = [];
  // Many questions share one condition ("back or leg pain"): evaluate each once.
  const memo = new Map<Compiled, boolean>();
  for (const { id, index, ask } of SCREENS) {
    if (c.answers[index] !== ABSENT) continue;
    let holds = ask === null ? true : memo.get(ask);
    if (holds === undefined) {
      holds = ask!(c, scratch);
      scratch.length = 0;
      memo.set(ask!, holds);
    }
    if (holds) out.push(id);
  }
  return out;
}

export function unansweredNotice(unanswered: readonly EvidenceId[]): string | undefined {
  if (unanswered.length === 0) return undefined;
  return `This advice assumes you do not have these warning signs, because they were not answered: ${unanswered
    .map((id) => EVIDENCE_BY_ID[id].meaning)
    .join('; ')}. If any of them applies, the advice may be more urgent: answer them or seek help.`;
}
