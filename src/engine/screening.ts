/**
 * Which red-flag questions matter for this picture, so `unanswered` can say what the triage had
 * to assume absent. They are the interview plan's red-flag questions whose `ask` holds.
 */
import { EVIDENCE_BY_ID, isEvidenceId, type EvidenceId } from '../knowledge/evidence.js';
import { INTERVIEW_PLAN } from '../knowledge/interview-plan.js';
import { compile, evidenceIndex, isAnswered, type CaseView } from './conditions.js';

const SCREENS = INTERVIEW_PLAN.flatMap((step) =>
  isEvidenceId(step.id) && EVIDENCE_BY_ID[step.id].redFlag
    ? [{ id: step.id as EvidenceId, index: evidenceIndex(step.id as EvidenceId), ask: step.ask ? compile(step.ask) : null }]
    : [],
);

export function unansweredRedFlagQuestions(c: CaseView): EvidenceId[] {
  const out: EvidenceId[] = [];
  for (const { id, index, ask } of SCREENS) {
    if (!isAnswered(c, index) && (ask === null || ask.test(c))) out.push(id);
  }
  return out;
}

export function unansweredNotice(unanswered: readonly EvidenceId[]): string | undefined {
  if (unanswered.length === 0) return undefined;
  return `This advice assumes you do not have these warning signs, because they were not answered: ${unanswered
    .map((id) => EVIDENCE_BY_ID[id].meaning)
    .join('; ')}. If any of them applies, the advice may be more urgent: answer them or seek help.`;
}
