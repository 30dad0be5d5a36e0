/**
 * Which red-flag questions matter for this picture, so `unanswered` can say what the triage had
 * to assume absent. They are the interview plan's red-flag questions whose `ask` holds.
 */
import { EVIDENCE_BY_ID, isEvidenceId, type EvidenceId } from '../knowledge/evidence.js';
import { INTERVIEW_PLAN } from '../knowledge/interview-plan.js';
import { compile, evidenceIndex, isAnswered, type CaseView } from './conditions.js';
import { Interner } from './intern.js';

const SCREENS: readonly { id: EvidenceId; index: number; ask: ReturnType<typeof compile> | null }[] = INTERVIEW_PLAN.flatMap((step) =>
  isEvidenceId(step.id) && EVIDENCE_BY_ID[step.id].redFlag
    ? [{ id: step.id as EvidenceId, index: evidenceIndex(step.id as EvidenceId), ask: step.ask ? compile(step.ask) : null }]
    : [],
);

const LISTS = new Interner<EvidenceId[]>();

export function unansweredRedFlagQuestions(c: CaseView): EvidenceId[] {
  const out: EvidenceId[] = [];
  const key: number[] = [];
  for (const { id, index, ask } of SCREENS) {
    if (isAnswered(c, index) || (ask !== null && !ask.test(c))) continue;
    out.push(id);
    key.push(index);
  }
  return LISTS.get(key, () => out);
}

// The lists are interned (one array per distinct list), so one notice per array keeps the text,
// and its JSON, shared.
const notices = new WeakMap<readonly EvidenceId[], string>();

export function unansweredNotice(unanswered: readonly EvidenceId[]): string | undefined {
  if (unanswered.length === 0) return undefined;
  let notice = notices.get(unanswered);
  if (notice === undefined) {
    notice = noticeFor(unanswered);
    notices.set(unanswered, notice);
  }
  return notice;
}

function noticeFor(unanswered: readonly EvidenceId[]): string {
  return `This advice assumes you do not have these warning signs, because they were not answered: ${unanswered
    .map((id) => EVIDENCE_BY_ID[id].meaning)
    .join('; ')}. If any of them applies, the advice may be more urgent: answer them or seek help.`;
}
